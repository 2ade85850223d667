/** A spec field code as the portal names the field: UF_CRM_<CODE>, upper case. */
export function fieldName(code: string): string {
  return `UF_CRM_${code.replace(/^UF_CRM_/i, '').toUpperCase()}`;
}
