/* Generated from src/spec/spec.schema.json by `npm run gen:validator` (ajv standalone code). Do not edit by hand. */
// @ts-nocheck
/* eslint-disable */
import __ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const __ucs2length = __ucs2lengthModule.default ?? __ucs2lengthModule;
import { fullFormats as __fullFormats } from 'ajv-formats/dist/formats.js';
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://b24cfg.dev/schema/spec-v1.json","title":"Spec","description":"A Bitrix24 sales department as code (b24cfg spec, version 1).","type":"object","properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"Spec format version."},"standards":{"type":"string","pattern":"^[a-z0-9-]+@\\d+$","description":"Standards pack the audit scores against, e.g. sales-dept@1."},"client":{"type":"string","description":"Client or portal name, for reports."},"description":{"type":"string"},"extends":{"anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}],"description":"Base spec(s): paths relative to this file; a list is applied in order. This file overrides by key: mappings deep-merge, lists of items with a key (directions by key, stages by code, list items by xml_id, open lines by name, …) merge item by item, other lists are replaced."},"variables":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Values for ${var:name}. A value may use ${env:NAME}, ${env:NAME:-default} and ${file:path}. Anywhere in the spec: ${env:NAME}, ${env:NAME:-default}, ${var:name} (a string that is exactly one ${var:x} takes the variable's type), ${file:path} (relative to the declaring file, inside the project folder); $${…} is literal text."},"allow_env":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"uniqueItems":true,"description":"Environment variables ${env:…} may read although their name or value looks like a credential (GITHUB_TOKEN, DB_PASSWORD, a private key …). A variable that holds the webhook's secret is never read."},"users":{"type":"object","additionalProperties":{"$ref":"#/$defs/User"},"description":"People by role, resolved per portal by e-mail."},"departments":{"type":"array","items":{"$ref":"#/$defs/Department"}},"sales_plan":{"$ref":"#/$defs/SalesPlan"},"directions":{"type":"array","items":{"$ref":"#/$defs/Direction"},"description":"Deal pipelines; key `default` is pipeline 0 (SD-02)."},"fields":{"type":"object","title":"FieldsByEntity","properties":{"deal":{"type":"array","items":{"$ref":"#/$defs/Field"}},"lead":{"type":"array","items":{"$ref":"#/$defs/Field"}},"contact":{"type":"array","items":{"$ref":"#/$defs/Field"}},"company":{"type":"array","items":{"$ref":"#/$defs/Field"}}},"additionalProperties":false},"segments":{"type":"object","title":"Segments","properties":{"contact_types":{"type":"array","items":{"$ref":"#/$defs/DictItem"}},"company_types":{"type":"array","items":{"$ref":"#/$defs/DictItem"}}},"additionalProperties":false},"lead_sources":{"type":"array","items":{"$ref":"#/$defs/DictItem"}},"lead_statuses":{"type":"array","items":{"$ref":"#/$defs/LeadStatus"}},"open_lines":{"type":"array","items":{"$ref":"#/$defs/OpenLine"}},"email_templates":{"type":"array","items":{"$ref":"#/$defs/EmailTemplate"}},"documents":{"type":"array","items":{"$ref":"#/$defs/Document"}},"numerators":{"type":"array","items":{"$ref":"#/$defs/Numerator"}},"permissions":{"type":"object","title":"Permissions","properties":{"roles":{"type":"array","items":{"$ref":"#/$defs/PermissionRole"}}},"additionalProperties":false},"manage":{"type":"object","title":"Manage","description":"What b24cfg may touch. prune: delete portal objects absent from the spec (also needs --prune). protect: keys never deleted or renamed.","properties":{"prune":{"type":"boolean"},"protect":{"type":"array","items":{"type":"string","minLength":1},"description":"Keys never deleted or renamed. Each entry is one of: `default` (pipeline 0); a direction key (`b2b-new`); `direction/STAGE` for a stage or loss reason code of that direction, or WON/LOSE (`b2b-new/PRESENT`); `entity.FIELD` for a user field of deal, lead, contact or company, with or without UF_CRM_ (`deal.NPS`); the name of an open line or a document template."}},"additionalProperties":false},"audit":{"type":"object","title":"AuditSettings","properties":{"window_days":{"type":"integer","minimum":1,"description":"How far back data checks look (default 30)."},"thresholds":{"type":"object","propertyNames":{"pattern":"^SD-\\d{2}$"},"additionalProperties":{"type":"object","additionalProperties":{"type":"number"}}},"suppress":{"type":"array","items":{"$ref":"#/$defs/Suppression"}}},"additionalProperties":false}},"required":["version"],"additionalProperties":false,"$defs":{"Duration":{"title":"Duration","description":"A duration: 15m, 2h, 3d, 90s, or whole seconds as a number.","type":["string","integer"]},"LocalizedText":{"title":"LocalizedText","description":"A text for every language, or one text per language code.","anyOf":[{"type":"string","minLength":1},{"type":"object","title":"LocalizedTextMap","properties":{"ru":{"type":"string"},"en":{"type":"string"},"de":{"type":"string"},"ua":{"type":"string"},"kz":{"type":"string"},"by":{"type":"string"}},"additionalProperties":false,"minProperties":1}]},"Responsible":{"type":"string","title":"Responsible","description":"deal.responsible, deal.responsible.head, or a role key from `users`.","minLength":1},"Deadline":{"type":"object","title":"Deadline","description":"Exactly one of: days_after_entry, hours_after_entry, after_entry, before_field (+ days/hours), at.","properties":{"days_after_entry":{"type":"integer","minimum":0,"description":"Due N days after the deal enters the stage."},"hours_after_entry":{"type":"integer","minimum":0,"description":"Due N hours after the deal enters the stage."},"after_entry":{"$ref":"#/$defs/Duration"},"before_field":{"type":"string","description":"A date field of the deal (e.g. UF_CRM_EVENT_DATE or CLOSEDATE); due before it.","minLength":1},"days":{"type":"integer","minimum":0,"description":"With before_field: how many days before."},"hours":{"type":"integer","minimum":0,"description":"With before_field: how many hours before."},"at":{"type":"string","description":"A fixed date (YYYY-MM-DD).","format":"date"},"work_time":{"type":"boolean","description":"Count only working time."}},"additionalProperties":false},"Task":{"type":"object","title":"Task","description":"A task created by a robot when the deal enters the stage (manual on the portal).","properties":{"title":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string"},"responsible":{"$ref":"#/$defs/Responsible"},"deadline":{"$ref":"#/$defs/Deadline"},"observers":{"type":"array","items":{"$ref":"#/$defs/Responsible"}},"checklist":{"type":"array","items":{"type":"string","minLength":1}},"priority":{"enum":["normal","high"]},"require_result":{"type":"boolean","description":"The task cannot be closed without a result comment."}},"required":["title"],"additionalProperties":false},"Robot":{"type":"object","title":"Robot","description":"An automation rule on a stage (manual on the portal: no REST reads or writes robots).","properties":{"type":{"enum":["send_email","send_sms","notify","create_task","create_todo","create_call","create_meeting","change_responsible","copy_deal","move_to_direction","change_stage","wait","generate_document","send_document","webhook"],"description":"What the robot does."},"title":{"type":"string"},"template":{"type":"string","description":"An e-mail template key (send_email) or a document name (generate_document).","minLength":1},"text":{"type":"string","description":"Message text for SMS/notifications."},"to":{"type":"string","description":"client, deal.responsible, or a role key."},"delay":{"$ref":"#/$defs/Duration"},"condition":{"type":"string","description":"A condition in plain words, as the robot's condition on the portal."},"target":{"type":"object","title":"RobotTarget","properties":{"direction":{"type":"string","minLength":1},"stage":{"type":"string","minLength":1}},"required":["direction"],"additionalProperties":false},"responsible":{"$ref":"#/$defs/Responsible"}},"required":["type"],"additionalProperties":false},"Trigger":{"type":"object","title":"Trigger","description":"A trigger that moves a deal into this stage (manual on the portal).","properties":{"type":{"enum":["email_opened","link_clicked","email_received","call_missed","call_incoming","webform_filled","openline_message","payment_received","document_viewed","webhook","field_changed"],"description":"The event that moves a deal into this stage."},"title":{"type":"string"},"condition":{"type":"string"}},"required":["type"],"additionalProperties":false},"Stage":{"type":"object","title":"Stage","properties":{"code":{"type":"string","minLength":1,"description":"Becomes STATUS_ID; Bitrix24 adds C{id}: in non-default pipelines. [A-Z0-9_-], at most 22 characters with the prefix."},"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string","description":"#RRGGBB"},"description":{"type":"string"},"task":{"$ref":"#/$defs/Task"},"fields":{"type":"array","items":{"type":"string","minLength":1},"description":"Field codes the manager fills on this stage (SD-08)."},"required_fields":{"type":"array","items":{"type":"string","minLength":1},"description":"Field codes required from this stage on (manual; no REST reads them)."},"robots":{"type":"array","items":{"$ref":"#/$defs/Robot"}},"triggers":{"type":"array","items":{"$ref":"#/$defs/Trigger"}}},"required":["code","name"],"additionalProperties":false},"Tunnel":{"type":"object","title":"Tunnel","properties":{"to":{"type":"string","minLength":1,"description":"Key of the target direction."},"stage":{"type":"string","minLength":1,"description":"Stage code in the target direction."},"mode":{"enum":["copy","move"],"description":"copy (default) keeps the won deal; move transfers it."}},"required":["to","stage"],"additionalProperties":false},"Won":{"type":"object","title":"Won","description":"The success stage (STATUS_ID WON).","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string"},"task":{"$ref":"#/$defs/Task"},"tunnel":{"$ref":"#/$defs/Tunnel"},"robots":{"type":"array","items":{"$ref":"#/$defs/Robot"}},"fields":{"type":"array","items":{"type":"string","minLength":1}}},"required":["name"],"additionalProperties":false},"LossReason":{"type":"object","title":"LossReason","description":"A failure stage that names why the deal was lost.","properties":{"code":{"type":"string","minLength":1},"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string"}},"required":["code","name"],"additionalProperties":false},"Lost":{"type":"object","title":"Lost","properties":{"name":{"type":"string","minLength":1,"maxLength":255,"description":"Name of the generic failure stage (STATUS_ID LOSE)."},"color":{"type":"string"},"reasons":{"type":"array","items":{"$ref":"#/$defs/LossReason"}},"supervisor_task":{"$ref":"#/$defs/Task"},"robots":{"type":"array","items":{"$ref":"#/$defs/Robot"}}},"additionalProperties":false},"Direction":{"type":"object","title":"Direction","properties":{"key":{"type":"string","minLength":1,"maxLength":64,"description":"Stable key; `default` is pipeline 0."},"name":{"type":"string","minLength":1,"maxLength":255},"renamed_from":{"type":"array","items":{"type":"string","minLength":1},"description":"Earlier names, so a rename is a rename and not delete + create."},"purpose":{"enum":["sales","repeat","nurture","service","other"],"description":"nurture = warm-up funnel (SD-31), repeat = repeat sales (SD-10)."},"audience":{"type":"string","description":"Free text: segment, audience or deal complexity (SD-02)."},"description":{"type":"string"},"stages":{"type":"array","items":{"$ref":"#/$defs/Stage"},"description":"Process stages, in order."},"won":{"$ref":"#/$defs/Won"},"lost":{"$ref":"#/$defs/Lost"}},"required":["key","name"],"additionalProperties":false},"ListItem":{"type":"object","title":"ListItem","properties":{"xml_id":{"type":"string","minLength":1,"maxLength":255},"value":{"type":"string","minLength":1},"sort":{"type":"integer"},"default":{"type":"boolean"}},"required":["xml_id","value"],"additionalProperties":false},"Field":{"type":"object","title":"Field","properties":{"code":{"type":"string","minLength":1,"description":"Becomes UF_CRM_<CODE>: [A-Z0-9_], at most 43 characters."},"type":{"enum":["string","integer","double","boolean","enumeration","date","datetime","money","url","address","file","employee","crm","crm_status","iblock_element","iblock_section"]},"label":{"$ref":"#/$defs/LocalizedText"},"help":{"$ref":"#/$defs/LocalizedText"},"multiple":{"type":"boolean"},"mandatory":{"type":"boolean"},"show_filter":{"type":"boolean"},"show_in_list":{"type":"boolean"},"sort":{"type":"integer"},"items":{"type":"array","items":{"$ref":"#/$defs/ListItem"},"description":"List items of an enumeration field, keyed by xml_id."},"settings":{"$ref":"#/$defs/FieldSettings"}},"required":["code","type","label"],"additionalProperties":false},"FieldSettings":{"type":"object","title":"FieldSettings","description":"Type settings sent as SETTINGS. A portal keeps only some keys per type (string: DEFAULT_VALUE, ROWS; integer: DEFAULT_VALUE; double: DEFAULT_VALUE, PRECISION; boolean: DEFAULT_VALUE, DISPLAY; date and datetime: DEFAULT_VALUE; enumeration: DISPLAY, LIST_HEIGHT; crm_status: ENTITY_TYPE; crm: LEAD, CONTACT, COMPANY, DEAL; iblock_element and iblock_section: IBLOCK_ID, DEFAULT_VALUE, DISPLAY, LIST_HEIGHT, ACTIVE_FILTER; none for the other types); validation names any other key (docs/bitrix24/parity.md#uf-settings-rest).","properties":{"DEFAULT_VALUE":{"description":"The default: text (string), a whole number (integer, iblock_*), a number (double), true/false (boolean), or {TYPE: NONE|NOW|FIXED, VALUE} (date, datetime).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"object","properties":{"TYPE":{"enum":["NONE","NOW","FIXED"]},"VALUE":{"type":"string"}},"required":["TYPE"],"additionalProperties":false}]},"ROWS":{"type":"integer","minimum":1,"maximum":50,"description":"Text rows of a string field (the portal keeps 1 to 50)."},"PRECISION":{"type":"integer","minimum":0,"maximum":12,"description":"Decimal places of a double field (the portal keeps 0 to 12)."},"DISPLAY":{"enum":["LIST","CHECKBOX","UI","DIALOG","RADIO","DROPDOWN"],"description":"boolean: CHECKBOX, RADIO or DROPDOWN; enumeration: LIST, CHECKBOX, UI or DIALOG; iblock_*: LIST, CHECKBOX, UI or DIALOG."},"LIST_HEIGHT":{"type":"integer","minimum":1},"ENTITY_TYPE":{"type":"string","minLength":1,"description":"crm_status: the dictionary (STATUS, SOURCE, DEAL_STAGE …)."},"LEAD":{"enum":["Y","N"]},"CONTACT":{"enum":["Y","N"]},"COMPANY":{"enum":["Y","N"]},"DEAL":{"enum":["Y","N"]},"IBLOCK_ID":{"type":"integer","minimum":1},"ACTIVE_FILTER":{"enum":["Y","N"]}},"additionalProperties":true},"DictItem":{"type":"object","title":"DictItem","properties":{"code":{"type":"string","minLength":1},"name":{"type":"string","minLength":1,"maxLength":255},"sort":{"type":"integer"},"color":{"type":"string"}},"required":["code","name"],"additionalProperties":false},"LeadStatus":{"type":"object","title":"LeadStatus","properties":{"code":{"type":"string","minLength":1},"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string"},"semantics":{"enum":["process","success","failure"]}},"required":["code","name"],"additionalProperties":false},"OpenLine":{"type":"object","title":"OpenLine","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"renamed_from":{"type":"array","items":{"type":"string","minLength":1}},"active":{"type":"boolean"},"crm":{"type":"object","title":"OpenLineCrm","properties":{"enabled":{"type":"boolean","description":"CRM integration on (default true)."},"create":{"enum":["none","lead","deal"]},"source":{"type":"string","description":"A lead source code for new leads/deals."},"forward_to_responsible":{"type":"boolean"}},"additionalProperties":false},"queue":{"type":"object","title":"OpenLineQueue","properties":{"type":{"enum":["evenly","strictly","all"]},"users":{"type":"array","items":{"type":"string","minLength":1},"description":"Role keys from `users`."},"time":{"$ref":"#/$defs/Duration"},"no_answer_time":{"$ref":"#/$defs/Duration"},"check_available":{"type":"boolean"}},"additionalProperties":false},"kpi":{"type":"object","title":"OpenLineKpi","properties":{"first_answer":{"$ref":"#/$defs/Duration"},"further_answer":{"$ref":"#/$defs/Duration"},"alert":{"type":"boolean"},"alert_to":{"type":"array","items":{"type":"string","minLength":1}},"check_operator_activity":{"type":"boolean"}},"additionalProperties":false},"quick_answers":{"type":"array","items":{"type":"object","title":"QuickAnswer","properties":{"category":{"type":"string"},"title":{"type":"string"},"text":{"type":"string","minLength":1}},"required":["text"],"additionalProperties":false}},"welcome_message":{"type":"string"}},"required":["name"],"additionalProperties":false},"EmailTemplate":{"type":"object","title":"EmailTemplate","properties":{"key":{"type":"string","minLength":1},"title":{"type":"string","minLength":1},"subject":{"type":"string","minLength":1},"body":{"type":"string"},"body_file":{"type":"string","minLength":1,"description":"An HTML file with the body, relative to the file that declares it. Give body or body_file, not both."},"entity":{"enum":["deal","lead","contact","company"]},"attach_document":{"type":"string","description":"A document template name to attach."}},"required":["key","title","subject"],"additionalProperties":false},"Document":{"type":"object","title":"Document","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"renamed_from":{"type":"array","items":{"type":"string","minLength":1}},"file":{"type":"string","minLength":1,"description":"A .docx file, relative to the file that declares it."},"entity":{"enum":["deal","lead","contact","company"]},"directions":{"type":"array","items":{"type":"string","minLength":1},"description":"Direction keys the template is bound to (all deal pipelines when absent)."},"numerator":{"type":"string","minLength":1,"description":"A numerator name from `numerators`."},"kind":{"enum":["proposal","contract","invoice","act","other"],"description":"What the document is (SD-27/28/29)."},"active":{"type":"boolean"},"with_stamps":{"type":"boolean"}},"required":["name","file"],"additionalProperties":false},"Numerator":{"type":"object","title":"Numerator","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"template":{"type":"string","minLength":1,"description":"Number template, e.g. Д-{NUMBER}."},"start":{"type":"integer","minimum":0},"step":{"type":"integer","minimum":1},"length":{"type":"integer","minimum":0},"pad":{"type":"string","maxLength":1},"period":{"enum":["none","day","month","year"]}},"required":["name","template"],"additionalProperties":false},"PermissionRole":{"type":"object","title":"PermissionRole","properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"members":{"type":"array","items":{"type":"string","minLength":1}},"deny":{"type":"array","items":{"type":"string","pattern":"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"}},"allow":{"type":"array","items":{"type":"string","pattern":"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"}}},"required":["name"],"additionalProperties":false},"User":{"type":"object","title":"User","properties":{"email":{"type":"string","minLength":3},"name":{"type":"string"},"department":{"type":"string","minLength":1},"supervisor":{"type":"string","minLength":1},"position":{"type":"string"}},"required":["email"],"additionalProperties":false},"Department":{"type":"object","title":"Department","properties":{"name":{"type":"string","minLength":1},"head":{"type":"string","minLength":1},"parent":{"type":"string","minLength":1},"members":{"type":"array","items":{"type":"string","minLength":1}}},"required":["name"],"additionalProperties":false},"SalesPlan":{"type":"object","title":"SalesPlan","properties":{"period":{"enum":["month","quarter","half_year","year"]},"metric":{"enum":["amount","count"]},"by":{"enum":["employee","direction"]},"currency":{"type":"string"},"targets":{"type":"array","items":{"type":"object","title":"SalesTarget","properties":{"who":{"type":"string","minLength":1},"amount":{"type":"number","minimum":0}},"required":["who","amount"],"additionalProperties":false}},"note":{"type":"string"}},"required":["period","metric","by"],"additionalProperties":false},"Suppression":{"type":"object","title":"Suppression","properties":{"standard":{"type":"string","pattern":"^SD-\\d{2}$"},"reason":{"type":"string","minLength":3},"expires":{"type":"string","format":"date"},"by":{"type":"string"}},"required":["standard","reason","expires"],"additionalProperties":false}}};
const schema32 = {"type":"object","title":"User","properties":{"email":{"type":"string","minLength":3},"name":{"type":"string"},"department":{"type":"string","minLength":1},"supervisor":{"type":"string","minLength":1},"position":{"type":"string"}},"required":["email"],"additionalProperties":false};
const schema33 = {"type":"object","title":"Department","properties":{"name":{"type":"string","minLength":1},"head":{"type":"string","minLength":1},"parent":{"type":"string","minLength":1},"members":{"type":"array","items":{"type":"string","minLength":1}}},"required":["name"],"additionalProperties":false};
const schema34 = {"type":"object","title":"SalesPlan","properties":{"period":{"enum":["month","quarter","half_year","year"]},"metric":{"enum":["amount","count"]},"by":{"enum":["employee","direction"]},"currency":{"type":"string"},"targets":{"type":"array","items":{"type":"object","title":"SalesTarget","properties":{"who":{"type":"string","minLength":1},"amount":{"type":"number","minimum":0}},"required":["who","amount"],"additionalProperties":false}},"note":{"type":"string"}},"required":["period","metric","by"],"additionalProperties":false};
const schema55 = {"type":"object","title":"DictItem","properties":{"code":{"type":"string","minLength":1},"name":{"type":"string","minLength":1,"maxLength":255},"sort":{"type":"integer"},"color":{"type":"string"}},"required":["code","name"],"additionalProperties":false};
const schema58 = {"type":"object","title":"LeadStatus","properties":{"code":{"type":"string","minLength":1},"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string"},"semantics":{"enum":["process","success","failure"]}},"required":["code","name"],"additionalProperties":false};
const schema64 = {"type":"object","title":"EmailTemplate","properties":{"key":{"type":"string","minLength":1},"title":{"type":"string","minLength":1},"subject":{"type":"string","minLength":1},"body":{"type":"string"},"body_file":{"type":"string","minLength":1,"description":"An HTML file with the body, relative to the file that declares it. Give body or body_file, not both."},"entity":{"enum":["deal","lead","contact","company"]},"attach_document":{"type":"string","description":"A document template name to attach."}},"required":["key","title","subject"],"additionalProperties":false};
const schema65 = {"type":"object","title":"Document","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"renamed_from":{"type":"array","items":{"type":"string","minLength":1}},"file":{"type":"string","minLength":1,"description":"A .docx file, relative to the file that declares it."},"entity":{"enum":["deal","lead","contact","company"]},"directions":{"type":"array","items":{"type":"string","minLength":1},"description":"Direction keys the template is bound to (all deal pipelines when absent)."},"numerator":{"type":"string","minLength":1,"description":"A numerator name from `numerators`."},"kind":{"enum":["proposal","contract","invoice","act","other"],"description":"What the document is (SD-27/28/29)."},"active":{"type":"boolean"},"with_stamps":{"type":"boolean"}},"required":["name","file"],"additionalProperties":false};
const schema66 = {"type":"object","title":"Numerator","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"template":{"type":"string","minLength":1,"description":"Number template, e.g. Д-{NUMBER}."},"start":{"type":"integer","minimum":0},"step":{"type":"integer","minimum":1},"length":{"type":"integer","minimum":0},"pad":{"type":"string","maxLength":1},"period":{"enum":["none","day","month","year"]}},"required":["name","template"],"additionalProperties":false};
const schema67 = {"type":"object","title":"PermissionRole","properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"members":{"type":"array","items":{"type":"string","minLength":1}},"deny":{"type":"array","items":{"type":"string","pattern":"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"}},"allow":{"type":"array","items":{"type":"string","pattern":"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"}}},"required":["name"],"additionalProperties":false};
const schema68 = {"type":"object","title":"Suppression","properties":{"standard":{"type":"string","pattern":"^SD-\\d{2}$"},"reason":{"type":"string","minLength":3},"expires":{"type":"string","format":"date"},"by":{"type":"string"}},"required":["standard","reason","expires"],"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func2 = __ucs2length;
const pattern4 = new RegExp("^[a-z0-9-]+@\\d+$", "u");
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern6 = new RegExp("^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$", "u");
const pattern8 = new RegExp("^SD-\\d{2}$", "u");
const schema35 = {"type":"object","title":"Direction","properties":{"key":{"type":"string","minLength":1,"maxLength":64,"description":"Stable key; `default` is pipeline 0."},"name":{"type":"string","minLength":1,"maxLength":255},"renamed_from":{"type":"array","items":{"type":"string","minLength":1},"description":"Earlier names, so a rename is a rename and not delete + create."},"purpose":{"enum":["sales","repeat","nurture","service","other"],"description":"nurture = warm-up funnel (SD-31), repeat = repeat sales (SD-10)."},"audience":{"type":"string","description":"Free text: segment, audience or deal complexity (SD-02)."},"description":{"type":"string"},"stages":{"type":"array","items":{"$ref":"#/$defs/Stage"},"description":"Process stages, in order."},"won":{"$ref":"#/$defs/Won"},"lost":{"$ref":"#/$defs/Lost"}},"required":["key","name"],"additionalProperties":false};
const schema36 = {"type":"object","title":"Stage","properties":{"code":{"type":"string","minLength":1,"description":"Becomes STATUS_ID; Bitrix24 adds C{id}: in non-default pipelines. [A-Z0-9_-], at most 22 characters with the prefix."},"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string","description":"#RRGGBB"},"description":{"type":"string"},"task":{"$ref":"#/$defs/Task"},"fields":{"type":"array","items":{"type":"string","minLength":1},"description":"Field codes the manager fills on this stage (SD-08)."},"required_fields":{"type":"array","items":{"type":"string","minLength":1},"description":"Field codes required from this stage on (manual; no REST reads them)."},"robots":{"type":"array","items":{"$ref":"#/$defs/Robot"}},"triggers":{"type":"array","items":{"$ref":"#/$defs/Trigger"}}},"required":["code","name"],"additionalProperties":false};
const schema45 = {"type":"object","title":"Trigger","description":"A trigger that moves a deal into this stage (manual on the portal).","properties":{"type":{"enum":["email_opened","link_clicked","email_received","call_missed","call_incoming","webform_filled","openline_message","payment_received","document_viewed","webhook","field_changed"],"description":"The event that moves a deal into this stage."},"title":{"type":"string"},"condition":{"type":"string"}},"required":["type"],"additionalProperties":false};
const schema37 = {"type":"object","title":"Task","description":"A task created by a robot when the deal enters the stage (manual on the portal).","properties":{"title":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string"},"responsible":{"$ref":"#/$defs/Responsible"},"deadline":{"$ref":"#/$defs/Deadline"},"observers":{"type":"array","items":{"$ref":"#/$defs/Responsible"}},"checklist":{"type":"array","items":{"type":"string","minLength":1}},"priority":{"enum":["normal","high"]},"require_result":{"type":"boolean","description":"The task cannot be closed without a result comment."}},"required":["title"],"additionalProperties":false};
const schema38 = {"type":"string","title":"Responsible","description":"deal.responsible, deal.responsible.head, or a role key from `users`.","minLength":1};
const schema39 = {"type":"object","title":"Deadline","description":"Exactly one of: days_after_entry, hours_after_entry, after_entry, before_field (+ days/hours), at.","properties":{"days_after_entry":{"type":"integer","minimum":0,"description":"Due N days after the deal enters the stage."},"hours_after_entry":{"type":"integer","minimum":0,"description":"Due N hours after the deal enters the stage."},"after_entry":{"$ref":"#/$defs/Duration"},"before_field":{"type":"string","description":"A date field of the deal (e.g. UF_CRM_EVENT_DATE or CLOSEDATE); due before it.","minLength":1},"days":{"type":"integer","minimum":0,"description":"With before_field: how many days before."},"hours":{"type":"integer","minimum":0,"description":"With before_field: how many hours before."},"at":{"type":"string","description":"A fixed date (YYYY-MM-DD).","format":"date"},"work_time":{"type":"boolean","description":"Count only working time."}},"additionalProperties":false};
const schema40 = {"title":"Duration","description":"A duration: 15m, 2h, 3d, 90s, or whole seconds as a number.","type":["string","integer"]};
const formats0 = __fullFormats.date;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "days_after_entry") || (key0 === "hours_after_entry")) || (key0 === "after_entry")) || (key0 === "before_field")) || (key0 === "days")) || (key0 === "hours")) || (key0 === "at")) || (key0 === "work_time"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.days_after_entry !== undefined){
let data0 = data.days_after_entry;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/days_after_entry",schemaPath:"#/properties/days_after_entry/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.days_after_entry.type,parentSchema:schema39.properties.days_after_entry,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/days_after_entry",schemaPath:"#/properties/days_after_entry/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.days_after_entry,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.hours_after_entry !== undefined){
let data1 = data.hours_after_entry;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/hours_after_entry",schemaPath:"#/properties/hours_after_entry/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.hours_after_entry.type,parentSchema:schema39.properties.hours_after_entry,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/hours_after_entry",schemaPath:"#/properties/hours_after_entry/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.hours_after_entry,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.after_entry !== undefined){
let data2 = data.after_entry;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
const err5 = {instancePath:instancePath+"/after_entry",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: schema40.type},message:"must be string,integer",schema:schema40.type,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.before_field !== undefined){
let data3 = data.before_field;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err6 = {instancePath:instancePath+"/before_field",schemaPath:"#/properties/before_field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.before_field,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/before_field",schemaPath:"#/properties/before_field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.before_field.type,parentSchema:schema39.properties.before_field,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.days !== undefined){
let data4 = data.days;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.days.type,parentSchema:schema39.properties.days,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.days,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.hours !== undefined){
let data5 = data.hours;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.hours.type,parentSchema:schema39.properties.hours,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.hours,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.at !== undefined){
let data6 = data.at;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err12 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema39.properties.at,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.at.type,parentSchema:schema39.properties.at,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.work_time !== undefined){
let data7 = data.work_time;
if(typeof data7 !== "boolean"){
const err14 = {instancePath:instancePath+"/work_time",schemaPath:"#/properties/work_time/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.work_time.type,parentSchema:schema39.properties.work_time,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "title") || (key0 === "description")) || (key0 === "responsible")) || (key0 === "deadline")) || (key0 === "observers")) || (key0 === "checklist")) || (key0 === "priority")) || (key0 === "require_result"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema37.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.title.type,parentSchema:schema37.properties.title,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.description.type,parentSchema:schema37.properties.description,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.responsible !== undefined){
let data2 = data.responsible;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/responsible",schemaPath:"#/$defs/Responsible/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/responsible",schemaPath:"#/$defs/Responsible/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.deadline !== undefined){
if(!(validate24(data.deadline, {instancePath:instancePath+"/deadline",parentData:data,parentDataProperty:"deadline",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.observers !== undefined){
let data4 = data.observers;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err8 = {instancePath:instancePath+"/observers/" + i0,schemaPath:"#/$defs/Responsible/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/observers/" + i0,schemaPath:"#/$defs/Responsible/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/observers",schemaPath:"#/properties/observers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.observers.type,parentSchema:schema37.properties.observers,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.checklist !== undefined){
let data6 = data.checklist;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err11 = {instancePath:instancePath+"/checklist/" + i1,schemaPath:"#/properties/checklist/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.checklist.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/checklist/" + i1,schemaPath:"#/properties/checklist/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.checklist.items.type,parentSchema:schema37.properties.checklist.items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.checklist.type,parentSchema:schema37.properties.checklist,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.priority !== undefined){
let data8 = data.priority;
if(!((data8 === "normal") || (data8 === "high"))){
const err14 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/enum",keyword:"enum",params:{allowedValues: schema37.properties.priority.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.priority.enum,parentSchema:schema37.properties.priority,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.require_result !== undefined){
let data9 = data.require_result;
if(typeof data9 !== "boolean"){
const err15 = {instancePath:instancePath+"/require_result",schemaPath:"#/properties/require_result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.require_result.type,parentSchema:schema37.properties.require_result,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","title":"Robot","description":"An automation rule on a stage (manual on the portal: no REST reads or writes robots).","properties":{"type":{"enum":["send_email","send_sms","notify","create_task","create_todo","create_call","create_meeting","change_responsible","copy_deal","move_to_direction","change_stage","wait","generate_document","send_document","webhook"],"description":"What the robot does."},"title":{"type":"string"},"template":{"type":"string","description":"An e-mail template key (send_email) or a document name (generate_document).","minLength":1},"text":{"type":"string","description":"Message text for SMS/notifications."},"to":{"type":"string","description":"client, deal.responsible, or a role key."},"delay":{"$ref":"#/$defs/Duration"},"condition":{"type":"string","description":"A condition in plain words, as the robot's condition on the portal."},"target":{"type":"object","title":"RobotTarget","properties":{"direction":{"type":"string","minLength":1},"stage":{"type":"string","minLength":1}},"required":["direction"],"additionalProperties":false},"responsible":{"$ref":"#/$defs/Responsible"}},"required":["type"],"additionalProperties":false};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema42.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((((((((((((((data0 === "send_email") || (data0 === "send_sms")) || (data0 === "notify")) || (data0 === "create_task")) || (data0 === "create_todo")) || (data0 === "create_call")) || (data0 === "create_meeting")) || (data0 === "change_responsible")) || (data0 === "copy_deal")) || (data0 === "move_to_direction")) || (data0 === "change_stage")) || (data0 === "wait")) || (data0 === "generate_document")) || (data0 === "send_document")) || (data0 === "webhook"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema42.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.type.enum,parentSchema:schema42.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.title.type,parentSchema:schema42.properties.title,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.template !== undefined){
let data2 = data.template;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.template,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.template.type,parentSchema:schema42.properties.template,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.text !== undefined){
let data3 = data.text;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.text.type,parentSchema:schema42.properties.text,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.to !== undefined){
let data4 = data.to;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.to.type,parentSchema:schema42.properties.to,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.delay !== undefined){
let data5 = data.delay;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
const err8 = {instancePath:instancePath+"/delay",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: schema40.type},message:"must be string,integer",schema:schema40.type,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.condition !== undefined){
let data6 = data.condition;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.condition.type,parentSchema:schema42.properties.condition,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.target !== undefined){
let data7 = data.target;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.direction === undefined){
const err10 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema42.properties.target.required,parentSchema:schema42.properties.target,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "direction") || (key1 === "stage"))){
const err11 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.target,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.direction !== undefined){
let data8 = data7.direction;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err12 = {instancePath:instancePath+"/target/direction",schemaPath:"#/properties/target/properties/direction/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.target.properties.direction,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/target/direction",schemaPath:"#/properties/target/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.target.properties.direction.type,parentSchema:schema42.properties.target.properties.direction,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.stage !== undefined){
let data9 = data7.stage;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err14 = {instancePath:instancePath+"/target/stage",schemaPath:"#/properties/target/properties/stage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.properties.target.properties.stage,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/target/stage",schemaPath:"#/properties/target/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.target.properties.stage.type,parentSchema:schema42.properties.target.properties.stage,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.target.type,parentSchema:schema42.properties.target,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.responsible !== undefined){
let data10 = data.responsible;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err17 = {instancePath:instancePath+"/responsible",schemaPath:"#/$defs/Responsible/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/responsible",schemaPath:"#/$defs/Responsible/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema36.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.code,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.code.type,parentSchema:schema36.properties.code,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema36.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.name.type,parentSchema:schema36.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.color !== undefined){
let data2 = data.color;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.color.type,parentSchema:schema36.properties.color,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.description.type,parentSchema:schema36.properties.description,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.task !== undefined){
if(!(validate23(data.task, {instancePath:instancePath+"/task",parentData:data,parentDataProperty:"task",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.fields !== undefined){
let data5 = data.fields;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err10 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/properties/fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.fields.items,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.fields.items.type,parentSchema:schema36.properties.fields.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.fields.type,parentSchema:schema36.properties.fields,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.required_fields !== undefined){
let data7 = data.required_fields;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err13 = {instancePath:instancePath+"/required_fields/" + i1,schemaPath:"#/properties/required_fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.required_fields.items,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/required_fields/" + i1,schemaPath:"#/properties/required_fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.required_fields.items.type,parentSchema:schema36.properties.required_fields.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/required_fields",schemaPath:"#/properties/required_fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.required_fields.type,parentSchema:schema36.properties.required_fields,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.robots !== undefined){
let data9 = data.robots;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate27(data9[i2], {instancePath:instancePath+"/robots/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/robots",schemaPath:"#/properties/robots/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.robots.type,parentSchema:schema36.properties.robots,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.triggers !== undefined){
let data11 = data.triggers;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.type === undefined){
const err17 = {instancePath:instancePath+"/triggers/" + i3,schemaPath:"#/$defs/Trigger/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema45.required,parentSchema:schema45,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data12){
if(!(((key1 === "type") || (key1 === "title")) || (key1 === "condition"))){
const err18 = {instancePath:instancePath+"/triggers/" + i3,schemaPath:"#/$defs/Trigger/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data12.type !== undefined){
let data13 = data12.type;
if(!(((((((((((data13 === "email_opened") || (data13 === "link_clicked")) || (data13 === "email_received")) || (data13 === "call_missed")) || (data13 === "call_incoming")) || (data13 === "webform_filled")) || (data13 === "openline_message")) || (data13 === "payment_received")) || (data13 === "document_viewed")) || (data13 === "webhook")) || (data13 === "field_changed"))){
const err19 = {instancePath:instancePath+"/triggers/" + i3+"/type",schemaPath:"#/$defs/Trigger/properties/type/enum",keyword:"enum",params:{allowedValues: schema45.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.type.enum,parentSchema:schema45.properties.type,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data12.title !== undefined){
let data14 = data12.title;
if(typeof data14 !== "string"){
const err20 = {instancePath:instancePath+"/triggers/" + i3+"/title",schemaPath:"#/$defs/Trigger/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.title.type,parentSchema:schema45.properties.title,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data12.condition !== undefined){
let data15 = data12.condition;
if(typeof data15 !== "string"){
const err21 = {instancePath:instancePath+"/triggers/" + i3+"/condition",schemaPath:"#/$defs/Trigger/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.condition.type,parentSchema:schema45.properties.condition,data:data15};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/triggers/" + i3,schemaPath:"#/$defs/Trigger/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.triggers.type,parentSchema:schema36.properties.triggers,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","title":"Won","description":"The success stage (STATUS_ID WON).","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string"},"task":{"$ref":"#/$defs/Task"},"tunnel":{"$ref":"#/$defs/Tunnel"},"robots":{"type":"array","items":{"$ref":"#/$defs/Robot"}},"fields":{"type":"array","items":{"type":"string","minLength":1}}},"required":["name"],"additionalProperties":false};
const schema47 = {"type":"object","title":"Tunnel","properties":{"to":{"type":"string","minLength":1,"description":"Key of the target direction."},"stage":{"type":"string","minLength":1,"description":"Stage code in the target direction."},"mode":{"enum":["copy","move"],"description":"copy (default) keeps the won deal; move transfers it."}},"required":["to","stage"],"additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "color")) || (key0 === "task")) || (key0 === "tunnel")) || (key0 === "robots")) || (key0 === "fields"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema46.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.color !== undefined){
let data1 = data.color;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.color.type,parentSchema:schema46.properties.color,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.task !== undefined){
if(!(validate23(data.task, {instancePath:instancePath+"/task",parentData:data,parentDataProperty:"task",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.tunnel !== undefined){
let data3 = data.tunnel;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.to === undefined){
const err6 = {instancePath:instancePath+"/tunnel",schemaPath:"#/$defs/Tunnel/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.stage === undefined){
const err7 = {instancePath:instancePath+"/tunnel",schemaPath:"#/$defs/Tunnel/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema47.required,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "to") || (key1 === "stage")) || (key1 === "mode"))){
const err8 = {instancePath:instancePath+"/tunnel",schemaPath:"#/$defs/Tunnel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.to !== undefined){
let data4 = data3.to;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/tunnel/to",schemaPath:"#/$defs/Tunnel/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.to,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/tunnel/to",schemaPath:"#/$defs/Tunnel/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.to.type,parentSchema:schema47.properties.to,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.stage !== undefined){
let data5 = data3.stage;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/tunnel/stage",schemaPath:"#/$defs/Tunnel/properties/stage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.stage,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/tunnel/stage",schemaPath:"#/$defs/Tunnel/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.stage.type,parentSchema:schema47.properties.stage,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.mode !== undefined){
let data6 = data3.mode;
if(!((data6 === "copy") || (data6 === "move"))){
const err13 = {instancePath:instancePath+"/tunnel/mode",schemaPath:"#/$defs/Tunnel/properties/mode/enum",keyword:"enum",params:{allowedValues: schema47.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.mode.enum,parentSchema:schema47.properties.mode,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/tunnel",schemaPath:"#/$defs/Tunnel/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.robots !== undefined){
let data7 = data.robots;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate27(data7[i0], {instancePath:instancePath+"/robots/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/robots",schemaPath:"#/properties/robots/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.robots.type,parentSchema:schema46.properties.robots,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.fields !== undefined){
let data9 = data.fields;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err16 = {instancePath:instancePath+"/fields/" + i1,schemaPath:"#/properties/fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.fields.items,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/fields/" + i1,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.fields.items.type,parentSchema:schema46.properties.fields.items,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.fields.type,parentSchema:schema46.properties.fields,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","title":"Lost","properties":{"name":{"type":"string","minLength":1,"maxLength":255,"description":"Name of the generic failure stage (STATUS_ID LOSE)."},"color":{"type":"string"},"reasons":{"type":"array","items":{"$ref":"#/$defs/LossReason"}},"supervisor_task":{"$ref":"#/$defs/Task"},"robots":{"type":"array","items":{"$ref":"#/$defs/Robot"}}},"additionalProperties":false};
const schema49 = {"type":"object","title":"LossReason","description":"A failure stage that names why the deal was lost.","properties":{"code":{"type":"string","minLength":1},"name":{"type":"string","minLength":1,"maxLength":255},"color":{"type":"string"}},"required":["code","name"],"additionalProperties":false};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "color")) || (key0 === "reasons")) || (key0 === "supervisor_task")) || (key0 === "robots"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema48.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.name.type,parentSchema:schema48.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.color !== undefined){
let data1 = data.color;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.color.type,parentSchema:schema48.properties.color,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reasons !== undefined){
let data2 = data.reasons;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.code === undefined){
const err5 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/LossReason/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema49.required,parentSchema:schema49,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.name === undefined){
const err6 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/LossReason/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema49.required,parentSchema:schema49,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "code") || (key1 === "name")) || (key1 === "color"))){
const err7 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/LossReason/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.code !== undefined){
let data4 = data3.code;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/reasons/" + i0+"/code",schemaPath:"#/$defs/LossReason/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.code,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/reasons/" + i0+"/code",schemaPath:"#/$defs/LossReason/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.code.type,parentSchema:schema49.properties.code,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.name !== undefined){
let data5 = data3.name;
if(typeof data5 === "string"){
if(func2(data5) > 255){
const err10 = {instancePath:instancePath+"/reasons/" + i0+"/name",schemaPath:"#/$defs/LossReason/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema49.properties.name,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/reasons/" + i0+"/name",schemaPath:"#/$defs/LossReason/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.name,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/reasons/" + i0+"/name",schemaPath:"#/$defs/LossReason/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.name.type,parentSchema:schema49.properties.name,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.color !== undefined){
let data6 = data3.color;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/reasons/" + i0+"/color",schemaPath:"#/$defs/LossReason/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.color.type,parentSchema:schema49.properties.color,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/LossReason/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.reasons.type,parentSchema:schema48.properties.reasons,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.supervisor_task !== undefined){
if(!(validate23(data.supervisor_task, {instancePath:instancePath+"/supervisor_task",parentData:data,parentDataProperty:"supervisor_task",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.robots !== undefined){
let data8 = data.robots;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate27(data8[i1], {instancePath:instancePath+"/robots/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/robots",schemaPath:"#/properties/robots/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.robots.type,parentSchema:schema48.properties.robots,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema35.properties.key,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.key,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.key.type,parentSchema:schema35.properties.key,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema35.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.type,parentSchema:schema35.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.renamed_from !== undefined){
let data2 = data.renamed_from;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/renamed_from/" + i0,schemaPath:"#/properties/renamed_from/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.renamed_from.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/renamed_from/" + i0,schemaPath:"#/properties/renamed_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.renamed_from.items.type,parentSchema:schema35.properties.renamed_from.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/renamed_from",schemaPath:"#/properties/renamed_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.renamed_from.type,parentSchema:schema35.properties.renamed_from,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.purpose !== undefined){
let data4 = data.purpose;
if(!(((((data4 === "sales") || (data4 === "repeat")) || (data4 === "nurture")) || (data4 === "service")) || (data4 === "other"))){
const err12 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/enum",keyword:"enum",params:{allowedValues: schema35.properties.purpose.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.purpose.enum,parentSchema:schema35.properties.purpose,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.audience !== undefined){
let data5 = data.audience;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.audience.type,parentSchema:schema35.properties.audience,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.description !== undefined){
let data6 = data.description;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.description.type,parentSchema:schema35.properties.description,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.stages !== undefined){
let data7 = data.stages;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data7[i1], {instancePath:instancePath+"/stages/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.stages.type,parentSchema:schema35.properties.stages,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.won !== undefined){
if(!(validate30(data.won, {instancePath:instancePath+"/won",parentData:data,parentDataProperty:"won",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.lost !== undefined){
if(!(validate34(data.lost, {instancePath:instancePath+"/lost",parentData:data,parentDataProperty:"lost",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","title":"Field","properties":{"code":{"type":"string","minLength":1,"description":"Becomes UF_CRM_<CODE>: [A-Z0-9_], at most 43 characters."},"type":{"enum":["string","integer","double","boolean","enumeration","date","datetime","money","url","address","file","employee","crm","crm_status","iblock_element","iblock_section"]},"label":{"$ref":"#/$defs/LocalizedText"},"help":{"$ref":"#/$defs/LocalizedText"},"multiple":{"type":"boolean"},"mandatory":{"type":"boolean"},"show_filter":{"type":"boolean"},"show_in_list":{"type":"boolean"},"sort":{"type":"integer"},"items":{"type":"array","items":{"$ref":"#/$defs/ListItem"},"description":"List items of an enumeration field, keyed by xml_id."},"settings":{"$ref":"#/$defs/FieldSettings"}},"required":["code","type","label"],"additionalProperties":false};
const schema51 = {"title":"LocalizedText","description":"A text for every language, or one text per language code.","anyOf":[{"type":"string","minLength":1},{"type":"object","title":"LocalizedTextMap","properties":{"ru":{"type":"string"},"en":{"type":"string"},"de":{"type":"string"},"ua":{"type":"string"},"kz":{"type":"string"},"by":{"type":"string"}},"additionalProperties":false,"minProperties":1}]};
const schema53 = {"type":"object","title":"ListItem","properties":{"xml_id":{"type":"string","minLength":1,"maxLength":255},"value":{"type":"string","minLength":1},"sort":{"type":"integer"},"default":{"type":"boolean"}},"required":["xml_id","value"],"additionalProperties":false};
const schema54 = {"type":"object","title":"FieldSettings","description":"Type settings sent as SETTINGS. A portal keeps only some keys per type (string: DEFAULT_VALUE, ROWS; integer: DEFAULT_VALUE; double: DEFAULT_VALUE, PRECISION; boolean: DEFAULT_VALUE, DISPLAY; date and datetime: DEFAULT_VALUE; enumeration: DISPLAY, LIST_HEIGHT; crm_status: ENTITY_TYPE; crm: LEAD, CONTACT, COMPANY, DEAL; iblock_element and iblock_section: IBLOCK_ID, DEFAULT_VALUE, DISPLAY, LIST_HEIGHT, ACTIVE_FILTER; none for the other types); validation names any other key (docs/bitrix24/parity.md#uf-settings-rest).","properties":{"DEFAULT_VALUE":{"description":"The default: text (string), a whole number (integer, iblock_*), a number (double), true/false (boolean), or {TYPE: NONE|NOW|FIXED, VALUE} (date, datetime).","anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"},{"type":"object","properties":{"TYPE":{"enum":["NONE","NOW","FIXED"]},"VALUE":{"type":"string"}},"required":["TYPE"],"additionalProperties":false}]},"ROWS":{"type":"integer","minimum":1,"maximum":50,"description":"Text rows of a string field (the portal keeps 1 to 50)."},"PRECISION":{"type":"integer","minimum":0,"maximum":12,"description":"Decimal places of a double field (the portal keeps 0 to 12)."},"DISPLAY":{"enum":["LIST","CHECKBOX","UI","DIALOG","RADIO","DROPDOWN"],"description":"boolean: CHECKBOX, RADIO or DROPDOWN; enumeration: LIST, CHECKBOX, UI or DIALOG; iblock_*: LIST, CHECKBOX, UI or DIALOG."},"LIST_HEIGHT":{"type":"integer","minimum":1},"ENTITY_TYPE":{"type":"string","minLength":1,"description":"crm_status: the dictionary (STATUS, SOURCE, DEAL_STAGE …)."},"LEAD":{"enum":["Y","N"]},"CONTACT":{"enum":["Y","N"]},"COMPANY":{"enum":["Y","N"]},"DEAL":{"enum":["Y","N"]},"IBLOCK_ID":{"type":"integer","minimum":1},"ACTIVE_FILTER":{"enum":["Y","N"]}},"additionalProperties":true};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.label === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema50.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.code,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.code.type,parentSchema:schema50.properties.code,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((((((((((((((((data1 === "string") || (data1 === "integer")) || (data1 === "double")) || (data1 === "boolean")) || (data1 === "enumeration")) || (data1 === "date")) || (data1 === "datetime")) || (data1 === "money")) || (data1 === "url")) || (data1 === "address")) || (data1 === "file")) || (data1 === "employee")) || (data1 === "crm")) || (data1 === "crm_status")) || (data1 === "iblock_element")) || (data1 === "iblock_section"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema50.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.type.enum,parentSchema:schema50.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
const _errs7 = errors;
let valid2 = false;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/LocalizedText/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/LocalizedText/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[0].type,parentSchema:schema51.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid2 = valid2 || _valid0;
const _errs10 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/LocalizedText/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((((((key1 === "ru") || (key1 === "en")) || (key1 === "de")) || (key1 === "ua")) || (key1 === "kz")) || (key1 === "by"))){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/LocalizedText/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema51.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.ru !== undefined){
let data3 = data2.ru;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/label/ru",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.ru.type,parentSchema:schema51.anyOf[1].properties.ru,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/label/en",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.en.type,parentSchema:schema51.anyOf[1].properties.en,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.de !== undefined){
let data5 = data2.de;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/label/de",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/de/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.de.type,parentSchema:schema51.anyOf[1].properties.de,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.ua !== undefined){
let data6 = data2.ua;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/label/ua",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/ua/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.ua.type,parentSchema:schema51.anyOf[1].properties.ua,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.kz !== undefined){
let data7 = data2.kz;
if(typeof data7 !== "string"){
const err15 = {instancePath:instancePath+"/label/kz",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/kz/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.kz.type,parentSchema:schema51.anyOf[1].properties.kz,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.by !== undefined){
let data8 = data2.by;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/label/by",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.by.type,parentSchema:schema51.anyOf[1].properties.by,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/LocalizedText/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.anyOf[1].type,parentSchema:schema51.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err18 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/LocalizedText/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema51.anyOf,parentSchema:schema51,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.help !== undefined){
let data9 = data.help;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err19 = {instancePath:instancePath+"/help",schemaPath:"#/$defs/LocalizedText/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/help",schemaPath:"#/$defs/LocalizedText/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[0].type,parentSchema:schema51.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid5 = valid5 || _valid1;
const _errs30 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length < 1){
const err21 = {instancePath:instancePath+"/help",schemaPath:"#/$defs/LocalizedText/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data9){
if(!((((((key2 === "ru") || (key2 === "en")) || (key2 === "de")) || (key2 === "ua")) || (key2 === "kz")) || (key2 === "by"))){
const err22 = {instancePath:instancePath+"/help",schemaPath:"#/$defs/LocalizedText/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema51.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.ru !== undefined){
let data10 = data9.ru;
if(typeof data10 !== "string"){
const err23 = {instancePath:instancePath+"/help/ru",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.ru.type,parentSchema:schema51.anyOf[1].properties.ru,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.en !== undefined){
let data11 = data9.en;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/help/en",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.en.type,parentSchema:schema51.anyOf[1].properties.en,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.de !== undefined){
let data12 = data9.de;
if(typeof data12 !== "string"){
const err25 = {instancePath:instancePath+"/help/de",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/de/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.de.type,parentSchema:schema51.anyOf[1].properties.de,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.ua !== undefined){
let data13 = data9.ua;
if(typeof data13 !== "string"){
const err26 = {instancePath:instancePath+"/help/ua",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/ua/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.ua.type,parentSchema:schema51.anyOf[1].properties.ua,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.kz !== undefined){
let data14 = data9.kz;
if(typeof data14 !== "string"){
const err27 = {instancePath:instancePath+"/help/kz",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/kz/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.kz.type,parentSchema:schema51.anyOf[1].properties.kz,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.by !== undefined){
let data15 = data9.by;
if(typeof data15 !== "string"){
const err28 = {instancePath:instancePath+"/help/by",schemaPath:"#/$defs/LocalizedText/anyOf/1/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.anyOf[1].properties.by.type,parentSchema:schema51.anyOf[1].properties.by,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/help",schemaPath:"#/$defs/LocalizedText/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.anyOf[1].type,parentSchema:schema51.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const err30 = {instancePath:instancePath+"/help",schemaPath:"#/$defs/LocalizedText/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema51.anyOf,parentSchema:schema51,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.multiple !== undefined){
let data16 = data.multiple;
if(typeof data16 !== "boolean"){
const err31 = {instancePath:instancePath+"/multiple",schemaPath:"#/properties/multiple/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.multiple.type,parentSchema:schema50.properties.multiple,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.mandatory !== undefined){
let data17 = data.mandatory;
if(typeof data17 !== "boolean"){
const err32 = {instancePath:instancePath+"/mandatory",schemaPath:"#/properties/mandatory/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.mandatory.type,parentSchema:schema50.properties.mandatory,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.show_filter !== undefined){
let data18 = data.show_filter;
if(typeof data18 !== "boolean"){
const err33 = {instancePath:instancePath+"/show_filter",schemaPath:"#/properties/show_filter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.show_filter.type,parentSchema:schema50.properties.show_filter,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.show_in_list !== undefined){
let data19 = data.show_in_list;
if(typeof data19 !== "boolean"){
const err34 = {instancePath:instancePath+"/show_in_list",schemaPath:"#/properties/show_in_list/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.show_in_list.type,parentSchema:schema50.properties.show_in_list,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.sort !== undefined){
let data20 = data.sort;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err35 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.sort.type,parentSchema:schema50.properties.sort,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.items !== undefined){
let data21 = data.items;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.xml_id === undefined){
const err36 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/$defs/ListItem/required",keyword:"required",params:{missingProperty: "xml_id"},message:"must have required property '"+"xml_id"+"'",schema:schema53.required,parentSchema:schema53,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data22.value === undefined){
const err37 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/$defs/ListItem/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema53.required,parentSchema:schema53,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data22){
if(!((((key3 === "xml_id") || (key3 === "value")) || (key3 === "sort")) || (key3 === "default"))){
const err38 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/$defs/ListItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data22.xml_id !== undefined){
let data23 = data22.xml_id;
if(typeof data23 === "string"){
if(func2(data23) > 255){
const err39 = {instancePath:instancePath+"/items/" + i0+"/xml_id",schemaPath:"#/$defs/ListItem/properties/xml_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema53.properties.xml_id,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data23) < 1){
const err40 = {instancePath:instancePath+"/items/" + i0+"/xml_id",schemaPath:"#/$defs/ListItem/properties/xml_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.xml_id,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/items/" + i0+"/xml_id",schemaPath:"#/$defs/ListItem/properties/xml_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.xml_id.type,parentSchema:schema53.properties.xml_id,data:data23};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data22.value !== undefined){
let data24 = data22.value;
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err42 = {instancePath:instancePath+"/items/" + i0+"/value",schemaPath:"#/$defs/ListItem/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.value,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/items/" + i0+"/value",schemaPath:"#/$defs/ListItem/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.value.type,parentSchema:schema53.properties.value,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data22.sort !== undefined){
let data25 = data22.sort;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err44 = {instancePath:instancePath+"/items/" + i0+"/sort",schemaPath:"#/$defs/ListItem/properties/sort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.sort.type,parentSchema:schema53.properties.sort,data:data25};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data22.default !== undefined){
let data26 = data22.default;
if(typeof data26 !== "boolean"){
const err45 = {instancePath:instancePath+"/items/" + i0+"/default",schemaPath:"#/$defs/ListItem/properties/default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.default.type,parentSchema:schema53.properties.default,data:data26};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/$defs/ListItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.items.type,parentSchema:schema50.properties.items,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.settings !== undefined){
let data27 = data.settings;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.DEFAULT_VALUE !== undefined){
let data28 = data27.DEFAULT_VALUE;
const _errs74 = errors;
let valid13 = false;
const _errs75 = errors;
if(typeof data28 !== "string"){
const err48 = {instancePath:instancePath+"/settings/DEFAULT_VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.DEFAULT_VALUE.anyOf[0].type,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[0],data:data28};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid2 = _errs75 === errors;
valid13 = valid13 || _valid2;
const _errs77 = errors;
if(!((typeof data28 == "number") && (isFinite(data28)))){
const err49 = {instancePath:instancePath+"/settings/DEFAULT_VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema54.properties.DEFAULT_VALUE.anyOf[1].type,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid2 = _errs77 === errors;
valid13 = valid13 || _valid2;
const _errs79 = errors;
if(typeof data28 !== "boolean"){
const err50 = {instancePath:instancePath+"/settings/DEFAULT_VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.DEFAULT_VALUE.anyOf[2].type,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[2],data:data28};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid2 = _errs79 === errors;
valid13 = valid13 || _valid2;
const _errs81 = errors;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.TYPE === undefined){
const err51 = {instancePath:instancePath+"/settings/DEFAULT_VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/3/required",keyword:"required",params:{missingProperty: "TYPE"},message:"must have required property '"+"TYPE"+"'",schema:schema54.properties.DEFAULT_VALUE.anyOf[3].required,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[3],data:data28};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key4 in data28){
if(!((key4 === "TYPE") || (key4 === "VALUE"))){
const err52 = {instancePath:instancePath+"/settings/DEFAULT_VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[3],data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data28.TYPE !== undefined){
let data29 = data28.TYPE;
if(!(((data29 === "NONE") || (data29 === "NOW")) || (data29 === "FIXED"))){
const err53 = {instancePath:instancePath+"/settings/DEFAULT_VALUE/TYPE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/3/properties/TYPE/enum",keyword:"enum",params:{allowedValues: schema54.properties.DEFAULT_VALUE.anyOf[3].properties.TYPE.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.DEFAULT_VALUE.anyOf[3].properties.TYPE.enum,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[3].properties.TYPE,data:data29};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data28.VALUE !== undefined){
let data30 = data28.VALUE;
if(typeof data30 !== "string"){
const err54 = {instancePath:instancePath+"/settings/DEFAULT_VALUE/VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/3/properties/VALUE/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.DEFAULT_VALUE.anyOf[3].properties.VALUE.type,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[3].properties.VALUE,data:data30};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/settings/DEFAULT_VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.properties.DEFAULT_VALUE.anyOf[3].type,parentSchema:schema54.properties.DEFAULT_VALUE.anyOf[3],data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid2 = _errs81 === errors;
valid13 = valid13 || _valid2;
if(!valid13){
const err56 = {instancePath:instancePath+"/settings/DEFAULT_VALUE",schemaPath:"#/$defs/FieldSettings/properties/DEFAULT_VALUE/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.properties.DEFAULT_VALUE.anyOf,parentSchema:schema54.properties.DEFAULT_VALUE,data:data28};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
}
}
if(data27.ROWS !== undefined){
let data31 = data27.ROWS;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err57 = {instancePath:instancePath+"/settings/ROWS",schemaPath:"#/$defs/FieldSettings/properties/ROWS/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.ROWS.type,parentSchema:schema54.properties.ROWS,data:data31};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 50 || isNaN(data31)){
const err58 = {instancePath:instancePath+"/settings/ROWS",schemaPath:"#/$defs/FieldSettings/properties/ROWS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50",schema:50,parentSchema:schema54.properties.ROWS,data:data31};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err59 = {instancePath:instancePath+"/settings/ROWS",schemaPath:"#/$defs/FieldSettings/properties/ROWS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema54.properties.ROWS,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data27.PRECISION !== undefined){
let data32 = data27.PRECISION;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err60 = {instancePath:instancePath+"/settings/PRECISION",schemaPath:"#/$defs/FieldSettings/properties/PRECISION/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.PRECISION.type,parentSchema:schema54.properties.PRECISION,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 12 || isNaN(data32)){
const err61 = {instancePath:instancePath+"/settings/PRECISION",schemaPath:"#/$defs/FieldSettings/properties/PRECISION/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12",schema:12,parentSchema:schema54.properties.PRECISION,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err62 = {instancePath:instancePath+"/settings/PRECISION",schemaPath:"#/$defs/FieldSettings/properties/PRECISION/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema54.properties.PRECISION,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
if(data27.DISPLAY !== undefined){
let data33 = data27.DISPLAY;
if(!((((((data33 === "LIST") || (data33 === "CHECKBOX")) || (data33 === "UI")) || (data33 === "DIALOG")) || (data33 === "RADIO")) || (data33 === "DROPDOWN"))){
const err63 = {instancePath:instancePath+"/settings/DISPLAY",schemaPath:"#/$defs/FieldSettings/properties/DISPLAY/enum",keyword:"enum",params:{allowedValues: schema54.properties.DISPLAY.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.DISPLAY.enum,parentSchema:schema54.properties.DISPLAY,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data27.LIST_HEIGHT !== undefined){
let data34 = data27.LIST_HEIGHT;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err64 = {instancePath:instancePath+"/settings/LIST_HEIGHT",schemaPath:"#/$defs/FieldSettings/properties/LIST_HEIGHT/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.LIST_HEIGHT.type,parentSchema:schema54.properties.LIST_HEIGHT,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 1 || isNaN(data34)){
const err65 = {instancePath:instancePath+"/settings/LIST_HEIGHT",schemaPath:"#/$defs/FieldSettings/properties/LIST_HEIGHT/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema54.properties.LIST_HEIGHT,data:data34};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data27.ENTITY_TYPE !== undefined){
let data35 = data27.ENTITY_TYPE;
if(typeof data35 === "string"){
if(func2(data35) < 1){
const err66 = {instancePath:instancePath+"/settings/ENTITY_TYPE",schemaPath:"#/$defs/FieldSettings/properties/ENTITY_TYPE/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.ENTITY_TYPE,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/settings/ENTITY_TYPE",schemaPath:"#/$defs/FieldSettings/properties/ENTITY_TYPE/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.ENTITY_TYPE.type,parentSchema:schema54.properties.ENTITY_TYPE,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data27.LEAD !== undefined){
let data36 = data27.LEAD;
if(!((data36 === "Y") || (data36 === "N"))){
const err68 = {instancePath:instancePath+"/settings/LEAD",schemaPath:"#/$defs/FieldSettings/properties/LEAD/enum",keyword:"enum",params:{allowedValues: schema54.properties.LEAD.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.LEAD.enum,parentSchema:schema54.properties.LEAD,data:data36};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data27.CONTACT !== undefined){
let data37 = data27.CONTACT;
if(!((data37 === "Y") || (data37 === "N"))){
const err69 = {instancePath:instancePath+"/settings/CONTACT",schemaPath:"#/$defs/FieldSettings/properties/CONTACT/enum",keyword:"enum",params:{allowedValues: schema54.properties.CONTACT.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.CONTACT.enum,parentSchema:schema54.properties.CONTACT,data:data37};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data27.COMPANY !== undefined){
let data38 = data27.COMPANY;
if(!((data38 === "Y") || (data38 === "N"))){
const err70 = {instancePath:instancePath+"/settings/COMPANY",schemaPath:"#/$defs/FieldSettings/properties/COMPANY/enum",keyword:"enum",params:{allowedValues: schema54.properties.COMPANY.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.COMPANY.enum,parentSchema:schema54.properties.COMPANY,data:data38};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data27.DEAL !== undefined){
let data39 = data27.DEAL;
if(!((data39 === "Y") || (data39 === "N"))){
const err71 = {instancePath:instancePath+"/settings/DEAL",schemaPath:"#/$defs/FieldSettings/properties/DEAL/enum",keyword:"enum",params:{allowedValues: schema54.properties.DEAL.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.DEAL.enum,parentSchema:schema54.properties.DEAL,data:data39};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data27.IBLOCK_ID !== undefined){
let data40 = data27.IBLOCK_ID;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err72 = {instancePath:instancePath+"/settings/IBLOCK_ID",schemaPath:"#/$defs/FieldSettings/properties/IBLOCK_ID/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.IBLOCK_ID.type,parentSchema:schema54.properties.IBLOCK_ID,data:data40};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 1 || isNaN(data40)){
const err73 = {instancePath:instancePath+"/settings/IBLOCK_ID",schemaPath:"#/$defs/FieldSettings/properties/IBLOCK_ID/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema54.properties.IBLOCK_ID,data:data40};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data27.ACTIVE_FILTER !== undefined){
let data41 = data27.ACTIVE_FILTER;
if(!((data41 === "Y") || (data41 === "N"))){
const err74 = {instancePath:instancePath+"/settings/ACTIVE_FILTER",schemaPath:"#/$defs/FieldSettings/properties/ACTIVE_FILTER/enum",keyword:"enum",params:{allowedValues: schema54.properties.ACTIVE_FILTER.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.ACTIVE_FILTER.enum,parentSchema:schema54.properties.ACTIVE_FILTER,data:data41};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/settings",schemaPath:"#/$defs/FieldSettings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data:data27};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema59 = {"type":"object","title":"OpenLine","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"renamed_from":{"type":"array","items":{"type":"string","minLength":1}},"active":{"type":"boolean"},"crm":{"type":"object","title":"OpenLineCrm","properties":{"enabled":{"type":"boolean","description":"CRM integration on (default true)."},"create":{"enum":["none","lead","deal"]},"source":{"type":"string","description":"A lead source code for new leads/deals."},"forward_to_responsible":{"type":"boolean"}},"additionalProperties":false},"queue":{"type":"object","title":"OpenLineQueue","properties":{"type":{"enum":["evenly","strictly","all"]},"users":{"type":"array","items":{"type":"string","minLength":1},"description":"Role keys from `users`."},"time":{"$ref":"#/$defs/Duration"},"no_answer_time":{"$ref":"#/$defs/Duration"},"check_available":{"type":"boolean"}},"additionalProperties":false},"kpi":{"type":"object","title":"OpenLineKpi","properties":{"first_answer":{"$ref":"#/$defs/Duration"},"further_answer":{"$ref":"#/$defs/Duration"},"alert":{"type":"boolean"},"alert_to":{"type":"array","items":{"type":"string","minLength":1}},"check_operator_activity":{"type":"boolean"}},"additionalProperties":false},"quick_answers":{"type":"array","items":{"type":"object","title":"QuickAnswer","properties":{"category":{"type":"string"},"title":{"type":"string"},"text":{"type":"string","minLength":1}},"required":["text"],"additionalProperties":false}},"welcome_message":{"type":"string"}},"required":["name"],"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "renamed_from")) || (key0 === "active")) || (key0 === "crm")) || (key0 === "queue")) || (key0 === "kpi")) || (key0 === "quick_answers")) || (key0 === "welcome_message"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema59.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.name.type,parentSchema:schema59.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.renamed_from !== undefined){
let data1 = data.renamed_from;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/renamed_from/" + i0,schemaPath:"#/properties/renamed_from/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.renamed_from.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/renamed_from/" + i0,schemaPath:"#/properties/renamed_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.renamed_from.items.type,parentSchema:schema59.properties.renamed_from.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/renamed_from",schemaPath:"#/properties/renamed_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.renamed_from.type,parentSchema:schema59.properties.renamed_from,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.active !== undefined){
let data3 = data.active;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.active.type,parentSchema:schema59.properties.active,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.crm !== undefined){
let data4 = data.crm;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((((key1 === "enabled") || (key1 === "create")) || (key1 === "source")) || (key1 === "forward_to_responsible"))){
const err9 = {instancePath:instancePath+"/crm",schemaPath:"#/properties/crm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.crm,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.enabled !== undefined){
let data5 = data4.enabled;
if(typeof data5 !== "boolean"){
const err10 = {instancePath:instancePath+"/crm/enabled",schemaPath:"#/properties/crm/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.crm.properties.enabled.type,parentSchema:schema59.properties.crm.properties.enabled,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.create !== undefined){
let data6 = data4.create;
if(!(((data6 === "none") || (data6 === "lead")) || (data6 === "deal"))){
const err11 = {instancePath:instancePath+"/crm/create",schemaPath:"#/properties/crm/properties/create/enum",keyword:"enum",params:{allowedValues: schema59.properties.crm.properties.create.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.crm.properties.create.enum,parentSchema:schema59.properties.crm.properties.create,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.source !== undefined){
let data7 = data4.source;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/crm/source",schemaPath:"#/properties/crm/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.crm.properties.source.type,parentSchema:schema59.properties.crm.properties.source,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.forward_to_responsible !== undefined){
let data8 = data4.forward_to_responsible;
if(typeof data8 !== "boolean"){
const err13 = {instancePath:instancePath+"/crm/forward_to_responsible",schemaPath:"#/properties/crm/properties/forward_to_responsible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.crm.properties.forward_to_responsible.type,parentSchema:schema59.properties.crm.properties.forward_to_responsible,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/crm",schemaPath:"#/properties/crm/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.crm.type,parentSchema:schema59.properties.crm,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.queue !== undefined){
let data9 = data.queue;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(((((key2 === "type") || (key2 === "users")) || (key2 === "time")) || (key2 === "no_answer_time")) || (key2 === "check_available"))){
const err15 = {instancePath:instancePath+"/queue",schemaPath:"#/properties/queue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.queue,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.type !== undefined){
let data10 = data9.type;
if(!(((data10 === "evenly") || (data10 === "strictly")) || (data10 === "all"))){
const err16 = {instancePath:instancePath+"/queue/type",schemaPath:"#/properties/queue/properties/type/enum",keyword:"enum",params:{allowedValues: schema59.properties.queue.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.queue.properties.type.enum,parentSchema:schema59.properties.queue.properties.type,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.users !== undefined){
let data11 = data9.users;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err17 = {instancePath:instancePath+"/queue/users/" + i1,schemaPath:"#/properties/queue/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.queue.properties.users.items,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/queue/users/" + i1,schemaPath:"#/properties/queue/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.queue.properties.users.items.type,parentSchema:schema59.properties.queue.properties.users.items,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/queue/users",schemaPath:"#/properties/queue/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.queue.properties.users.type,parentSchema:schema59.properties.queue.properties.users,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.time !== undefined){
let data13 = data9.time;
if((typeof data13 !== "string") && (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13))))){
const err20 = {instancePath:instancePath+"/queue/time",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: schema40.type},message:"must be string,integer",schema:schema40.type,parentSchema:schema40,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.no_answer_time !== undefined){
let data14 = data9.no_answer_time;
if((typeof data14 !== "string") && (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14))))){
const err21 = {instancePath:instancePath+"/queue/no_answer_time",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: schema40.type},message:"must be string,integer",schema:schema40.type,parentSchema:schema40,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.check_available !== undefined){
let data15 = data9.check_available;
if(typeof data15 !== "boolean"){
const err22 = {instancePath:instancePath+"/queue/check_available",schemaPath:"#/properties/queue/properties/check_available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.queue.properties.check_available.type,parentSchema:schema59.properties.queue.properties.check_available,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/queue",schemaPath:"#/properties/queue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.queue.type,parentSchema:schema59.properties.queue,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.kpi !== undefined){
let data16 = data.kpi;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key3 in data16){
if(!(((((key3 === "first_answer") || (key3 === "further_answer")) || (key3 === "alert")) || (key3 === "alert_to")) || (key3 === "check_operator_activity"))){
const err24 = {instancePath:instancePath+"/kpi",schemaPath:"#/properties/kpi/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.kpi,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.first_answer !== undefined){
let data17 = data16.first_answer;
if((typeof data17 !== "string") && (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17))))){
const err25 = {instancePath:instancePath+"/kpi/first_answer",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: schema40.type},message:"must be string,integer",schema:schema40.type,parentSchema:schema40,data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data16.further_answer !== undefined){
let data18 = data16.further_answer;
if((typeof data18 !== "string") && (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18))))){
const err26 = {instancePath:instancePath+"/kpi/further_answer",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: schema40.type},message:"must be string,integer",schema:schema40.type,parentSchema:schema40,data:data18};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data16.alert !== undefined){
let data19 = data16.alert;
if(typeof data19 !== "boolean"){
const err27 = {instancePath:instancePath+"/kpi/alert",schemaPath:"#/properties/kpi/properties/alert/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.kpi.properties.alert.type,parentSchema:schema59.properties.kpi.properties.alert,data:data19};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data16.alert_to !== undefined){
let data20 = data16.alert_to;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err28 = {instancePath:instancePath+"/kpi/alert_to/" + i2,schemaPath:"#/properties/kpi/properties/alert_to/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.kpi.properties.alert_to.items,data:data21};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/kpi/alert_to/" + i2,schemaPath:"#/properties/kpi/properties/alert_to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.kpi.properties.alert_to.items.type,parentSchema:schema59.properties.kpi.properties.alert_to.items,data:data21};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/kpi/alert_to",schemaPath:"#/properties/kpi/properties/alert_to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.kpi.properties.alert_to.type,parentSchema:schema59.properties.kpi.properties.alert_to,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.check_operator_activity !== undefined){
let data22 = data16.check_operator_activity;
if(typeof data22 !== "boolean"){
const err31 = {instancePath:instancePath+"/kpi/check_operator_activity",schemaPath:"#/properties/kpi/properties/check_operator_activity/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.kpi.properties.check_operator_activity.type,parentSchema:schema59.properties.kpi.properties.check_operator_activity,data:data22};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/kpi",schemaPath:"#/properties/kpi/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.kpi.type,parentSchema:schema59.properties.kpi,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.quick_answers !== undefined){
let data23 = data.quick_answers;
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
let data24 = data23[i3];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.text === undefined){
const err33 = {instancePath:instancePath+"/quick_answers/" + i3,schemaPath:"#/properties/quick_answers/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema59.properties.quick_answers.items.required,parentSchema:schema59.properties.quick_answers.items,data:data24};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key4 in data24){
if(!(((key4 === "category") || (key4 === "title")) || (key4 === "text"))){
const err34 = {instancePath:instancePath+"/quick_answers/" + i3,schemaPath:"#/properties/quick_answers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.quick_answers.items,data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data24.category !== undefined){
let data25 = data24.category;
if(typeof data25 !== "string"){
const err35 = {instancePath:instancePath+"/quick_answers/" + i3+"/category",schemaPath:"#/properties/quick_answers/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.quick_answers.items.properties.category.type,parentSchema:schema59.properties.quick_answers.items.properties.category,data:data25};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data24.title !== undefined){
let data26 = data24.title;
if(typeof data26 !== "string"){
const err36 = {instancePath:instancePath+"/quick_answers/" + i3+"/title",schemaPath:"#/properties/quick_answers/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.quick_answers.items.properties.title.type,parentSchema:schema59.properties.quick_answers.items.properties.title,data:data26};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data24.text !== undefined){
let data27 = data24.text;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err37 = {instancePath:instancePath+"/quick_answers/" + i3+"/text",schemaPath:"#/properties/quick_answers/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.properties.quick_answers.items.properties.text,data:data27};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/quick_answers/" + i3+"/text",schemaPath:"#/properties/quick_answers/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.quick_answers.items.properties.text.type,parentSchema:schema59.properties.quick_answers.items.properties.text,data:data27};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/quick_answers/" + i3,schemaPath:"#/properties/quick_answers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.quick_answers.items.type,parentSchema:schema59.properties.quick_answers.items,data:data24};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/quick_answers",schemaPath:"#/properties/quick_answers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.quick_answers.type,parentSchema:schema59.properties.quick_answers,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.welcome_message !== undefined){
let data28 = data.welcome_message;
if(typeof data28 !== "string"){
const err41 = {instancePath:instancePath+"/welcome_message",schemaPath:"#/properties/welcome_message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.welcome_message.type,parentSchema:schema59.properties.welcome_message,data:data28};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://b24cfg.dev/schema/spec-v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.standards !== undefined){
let data2 = data.standards;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err4 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+@\\d+$"},message:"must match pattern \""+"^[a-z0-9-]+@\\d+$"+"\"",schema:"^[a-z0-9-]+@\\d+$",parentSchema:schema31.properties.standards,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.type,parentSchema:schema31.properties.standards,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.client !== undefined){
let data3 = data.client;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/client",schemaPath:"#/properties/client/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.client.type,parentSchema:schema31.properties.client,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.extends !== undefined){
let data5 = data.extends;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err8 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.extends.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.extends.anyOf[0].type,parentSchema:schema31.properties.extends.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
const _errs15 = errors;
if(Array.isArray(data5)){
if(data5.length < 1){
const err10 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.extends.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err11 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.extends.anyOf[1].items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.extends.anyOf[1].items.type,parentSchema:schema31.properties.extends.anyOf[1].items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.extends.anyOf[1].type,parentSchema:schema31.properties.extends.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err14 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.extends.anyOf,parentSchema:schema31.properties.extends,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.variables !== undefined){
let data7 = data.variables;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data8 = data7[key1];
if(((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")){
const err15 = {instancePath:instancePath+"/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variables/additionalProperties/type",keyword:"type",params:{type: schema31.properties.variables.additionalProperties.type},message:"must be string,number,boolean",schema:schema31.properties.variables.additionalProperties.type,parentSchema:schema31.properties.variables.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.variables.type,parentSchema:schema31.properties.variables,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.allow_env !== undefined){
let data9 = data.allow_env;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err17 = {instancePath:instancePath+"/allow_env/" + i1,schemaPath:"#/properties/allow_env/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema31.properties.allow_env.items,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/allow_env/" + i1,schemaPath:"#/properties/allow_env/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.allow_env.items.type,parentSchema:schema31.properties.allow_env.items,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i2 = data9.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data9[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err19 = {instancePath:instancePath+"/allow_env",schemaPath:"#/properties/allow_env/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema31.properties.allow_env,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err20 = {instancePath:instancePath+"/allow_env",schemaPath:"#/properties/allow_env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.allow_env.type,parentSchema:schema31.properties.allow_env,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.users !== undefined){
let data11 = data.users;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
let data12 = data11[key2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.email === undefined){
const err21 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/User/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema32.required,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data12){
if(!(((((key3 === "email") || (key3 === "name")) || (key3 === "department")) || (key3 === "supervisor")) || (key3 === "position"))){
const err22 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/User/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.email !== undefined){
let data13 = data12.email;
if(typeof data13 === "string"){
if(func2(data13) < 3){
const err23 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/$defs/User/properties/email/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema32.properties.email,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/$defs/User/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.email.type,parentSchema:schema32.properties.email,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.name !== undefined){
let data14 = data12.name;
if(typeof data14 !== "string"){
const err25 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/$defs/User/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.department !== undefined){
let data15 = data12.department;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err26 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/department",schemaPath:"#/$defs/User/properties/department/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.department,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/department",schemaPath:"#/$defs/User/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.department.type,parentSchema:schema32.properties.department,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.supervisor !== undefined){
let data16 = data12.supervisor;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err28 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/supervisor",schemaPath:"#/$defs/User/properties/supervisor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.supervisor,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/supervisor",schemaPath:"#/$defs/User/properties/supervisor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.supervisor.type,parentSchema:schema32.properties.supervisor,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.position !== undefined){
let data17 = data12.position;
if(typeof data17 !== "string"){
const err30 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/position",schemaPath:"#/$defs/User/properties/position/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.position.type,parentSchema:schema32.properties.position,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/users/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/User/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.users.type,parentSchema:schema31.properties.users,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.departments !== undefined){
let data18 = data.departments;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i3=0; i3<len2; i3++){
let data19 = data18[i3];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.name === undefined){
const err33 = {instancePath:instancePath+"/departments/" + i3,schemaPath:"#/$defs/Department/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key4 in data19){
if(!((((key4 === "name") || (key4 === "head")) || (key4 === "parent")) || (key4 === "members"))){
const err34 = {instancePath:instancePath+"/departments/" + i3,schemaPath:"#/$defs/Department/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data19.name !== undefined){
let data20 = data19.name;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err35 = {instancePath:instancePath+"/departments/" + i3+"/name",schemaPath:"#/$defs/Department/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.name,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/departments/" + i3+"/name",schemaPath:"#/$defs/Department/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data19.head !== undefined){
let data21 = data19.head;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err37 = {instancePath:instancePath+"/departments/" + i3+"/head",schemaPath:"#/$defs/Department/properties/head/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.head,data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/departments/" + i3+"/head",schemaPath:"#/$defs/Department/properties/head/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.head.type,parentSchema:schema33.properties.head,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data19.parent !== undefined){
let data22 = data19.parent;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err39 = {instancePath:instancePath+"/departments/" + i3+"/parent",schemaPath:"#/$defs/Department/properties/parent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.parent,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/departments/" + i3+"/parent",schemaPath:"#/$defs/Department/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.parent.type,parentSchema:schema33.properties.parent,data:data22};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data19.members !== undefined){
let data23 = data19.members;
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i4=0; i4<len3; i4++){
let data24 = data23[i4];
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err41 = {instancePath:instancePath+"/departments/" + i3+"/members/" + i4,schemaPath:"#/$defs/Department/properties/members/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.members.items,data:data24};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/departments/" + i3+"/members/" + i4,schemaPath:"#/$defs/Department/properties/members/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.members.items.type,parentSchema:schema33.properties.members.items,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/departments/" + i3+"/members",schemaPath:"#/$defs/Department/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.members.type,parentSchema:schema33.properties.members,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/departments/" + i3,schemaPath:"#/$defs/Department/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.departments.type,parentSchema:schema31.properties.departments,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.sales_plan !== undefined){
let data25 = data.sales_plan;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.period === undefined){
const err46 = {instancePath:instancePath+"/sales_plan",schemaPath:"#/$defs/SalesPlan/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema34.required,parentSchema:schema34,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data25.metric === undefined){
const err47 = {instancePath:instancePath+"/sales_plan",schemaPath:"#/$defs/SalesPlan/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema34.required,parentSchema:schema34,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data25.by === undefined){
const err48 = {instancePath:instancePath+"/sales_plan",schemaPath:"#/$defs/SalesPlan/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema34.required,parentSchema:schema34,data:data25};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key5 in data25){
if(!((((((key5 === "period") || (key5 === "metric")) || (key5 === "by")) || (key5 === "currency")) || (key5 === "targets")) || (key5 === "note"))){
const err49 = {instancePath:instancePath+"/sales_plan",schemaPath:"#/$defs/SalesPlan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.period !== undefined){
let data26 = data25.period;
if(!((((data26 === "month") || (data26 === "quarter")) || (data26 === "half_year")) || (data26 === "year"))){
const err50 = {instancePath:instancePath+"/sales_plan/period",schemaPath:"#/$defs/SalesPlan/properties/period/enum",keyword:"enum",params:{allowedValues: schema34.properties.period.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.period.enum,parentSchema:schema34.properties.period,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data25.metric !== undefined){
let data27 = data25.metric;
if(!((data27 === "amount") || (data27 === "count"))){
const err51 = {instancePath:instancePath+"/sales_plan/metric",schemaPath:"#/$defs/SalesPlan/properties/metric/enum",keyword:"enum",params:{allowedValues: schema34.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.metric.enum,parentSchema:schema34.properties.metric,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data25.by !== undefined){
let data28 = data25.by;
if(!((data28 === "employee") || (data28 === "direction"))){
const err52 = {instancePath:instancePath+"/sales_plan/by",schemaPath:"#/$defs/SalesPlan/properties/by/enum",keyword:"enum",params:{allowedValues: schema34.properties.by.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.by.enum,parentSchema:schema34.properties.by,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.currency !== undefined){
let data29 = data25.currency;
if(typeof data29 !== "string"){
const err53 = {instancePath:instancePath+"/sales_plan/currency",schemaPath:"#/$defs/SalesPlan/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.currency.type,parentSchema:schema34.properties.currency,data:data29};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data25.targets !== undefined){
let data30 = data25.targets;
if(Array.isArray(data30)){
const len4 = data30.length;
for(let i5=0; i5<len4; i5++){
let data31 = data30[i5];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.who === undefined){
const err54 = {instancePath:instancePath+"/sales_plan/targets/" + i5,schemaPath:"#/$defs/SalesPlan/properties/targets/items/required",keyword:"required",params:{missingProperty: "who"},message:"must have required property '"+"who"+"'",schema:schema34.properties.targets.items.required,parentSchema:schema34.properties.targets.items,data:data31};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data31.amount === undefined){
const err55 = {instancePath:instancePath+"/sales_plan/targets/" + i5,schemaPath:"#/$defs/SalesPlan/properties/targets/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema34.properties.targets.items.required,parentSchema:schema34.properties.targets.items,data:data31};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key6 in data31){
if(!((key6 === "who") || (key6 === "amount"))){
const err56 = {instancePath:instancePath+"/sales_plan/targets/" + i5,schemaPath:"#/$defs/SalesPlan/properties/targets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.targets.items,data:data31};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data31.who !== undefined){
let data32 = data31.who;
if(typeof data32 === "string"){
if(func2(data32) < 1){
const err57 = {instancePath:instancePath+"/sales_plan/targets/" + i5+"/who",schemaPath:"#/$defs/SalesPlan/properties/targets/items/properties/who/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.targets.items.properties.who,data:data32};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/sales_plan/targets/" + i5+"/who",schemaPath:"#/$defs/SalesPlan/properties/targets/items/properties/who/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.targets.items.properties.who.type,parentSchema:schema34.properties.targets.items.properties.who,data:data32};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data31.amount !== undefined){
let data33 = data31.amount;
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err59 = {instancePath:instancePath+"/sales_plan/targets/" + i5+"/amount",schemaPath:"#/$defs/SalesPlan/properties/targets/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.targets.items.properties.amount,data:data33};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/sales_plan/targets/" + i5+"/amount",schemaPath:"#/$defs/SalesPlan/properties/targets/items/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.targets.items.properties.amount.type,parentSchema:schema34.properties.targets.items.properties.amount,data:data33};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/sales_plan/targets/" + i5,schemaPath:"#/$defs/SalesPlan/properties/targets/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.targets.items.type,parentSchema:schema34.properties.targets.items,data:data31};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/sales_plan/targets",schemaPath:"#/$defs/SalesPlan/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.targets.type,parentSchema:schema34.properties.targets,data:data30};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data25.note !== undefined){
let data34 = data25.note;
if(typeof data34 !== "string"){
const err63 = {instancePath:instancePath+"/sales_plan/note",schemaPath:"#/$defs/SalesPlan/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.note.type,parentSchema:schema34.properties.note,data:data34};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/sales_plan",schemaPath:"#/$defs/SalesPlan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.directions !== undefined){
let data35 = data.directions;
if(Array.isArray(data35)){
const len5 = data35.length;
for(let i6=0; i6<len5; i6++){
if(!(validate21(data35[i6], {instancePath:instancePath+"/directions/" + i6,parentData:data35,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath:instancePath+"/directions",schemaPath:"#/properties/directions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.directions.type,parentSchema:schema31.properties.directions,data:data35};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.fields !== undefined){
let data37 = data.fields;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key7 in data37){
if(!((((key7 === "deal") || (key7 === "lead")) || (key7 === "contact")) || (key7 === "company"))){
const err66 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.fields,data:data37};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data37.deal !== undefined){
let data38 = data37.deal;
if(Array.isArray(data38)){
const len6 = data38.length;
for(let i7=0; i7<len6; i7++){
if(!(validate39(data38[i7], {instancePath:instancePath+"/fields/deal/" + i7,parentData:data38,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err67 = {instancePath:instancePath+"/fields/deal",schemaPath:"#/properties/fields/properties/deal/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.fields.properties.deal.type,parentSchema:schema31.properties.fields.properties.deal,data:data38};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data37.lead !== undefined){
let data40 = data37.lead;
if(Array.isArray(data40)){
const len7 = data40.length;
for(let i8=0; i8<len7; i8++){
if(!(validate39(data40[i8], {instancePath:instancePath+"/fields/lead/" + i8,parentData:data40,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/fields/lead",schemaPath:"#/properties/fields/properties/lead/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.fields.properties.lead.type,parentSchema:schema31.properties.fields.properties.lead,data:data40};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data37.contact !== undefined){
let data42 = data37.contact;
if(Array.isArray(data42)){
const len8 = data42.length;
for(let i9=0; i9<len8; i9++){
if(!(validate39(data42[i9], {instancePath:instancePath+"/fields/contact/" + i9,parentData:data42,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err69 = {instancePath:instancePath+"/fields/contact",schemaPath:"#/properties/fields/properties/contact/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.fields.properties.contact.type,parentSchema:schema31.properties.fields.properties.contact,data:data42};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data37.company !== undefined){
let data44 = data37.company;
if(Array.isArray(data44)){
const len9 = data44.length;
for(let i10=0; i10<len9; i10++){
if(!(validate39(data44[i10], {instancePath:instancePath+"/fields/company/" + i10,parentData:data44,parentDataProperty:i10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err70 = {instancePath:instancePath+"/fields/company",schemaPath:"#/properties/fields/properties/company/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.fields.properties.company.type,parentSchema:schema31.properties.fields.properties.company,data:data44};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.fields.type,parentSchema:schema31.properties.fields,data:data37};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.segments !== undefined){
let data46 = data.segments;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key8 in data46){
if(!((key8 === "contact_types") || (key8 === "company_types"))){
const err72 = {instancePath:instancePath+"/segments",schemaPath:"#/properties/segments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.segments,data:data46};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data46.contact_types !== undefined){
let data47 = data46.contact_types;
if(Array.isArray(data47)){
const len10 = data47.length;
for(let i11=0; i11<len10; i11++){
let data48 = data47[i11];
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.code === undefined){
const err73 = {instancePath:instancePath+"/segments/contact_types/" + i11,schemaPath:"#/$defs/DictItem/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema55.required,parentSchema:schema55,data:data48};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data48.name === undefined){
const err74 = {instancePath:instancePath+"/segments/contact_types/" + i11,schemaPath:"#/$defs/DictItem/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.required,parentSchema:schema55,data:data48};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key9 in data48){
if(!((((key9 === "code") || (key9 === "name")) || (key9 === "sort")) || (key9 === "color"))){
const err75 = {instancePath:instancePath+"/segments/contact_types/" + i11,schemaPath:"#/$defs/DictItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data48};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data48.code !== undefined){
let data49 = data48.code;
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err76 = {instancePath:instancePath+"/segments/contact_types/" + i11+"/code",schemaPath:"#/$defs/DictItem/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.code,data:data49};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/segments/contact_types/" + i11+"/code",schemaPath:"#/$defs/DictItem/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.code.type,parentSchema:schema55.properties.code,data:data49};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data48.name !== undefined){
let data50 = data48.name;
if(typeof data50 === "string"){
if(func2(data50) > 255){
const err78 = {instancePath:instancePath+"/segments/contact_types/" + i11+"/name",schemaPath:"#/$defs/DictItem/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema55.properties.name,data:data50};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func2(data50) < 1){
const err79 = {instancePath:instancePath+"/segments/contact_types/" + i11+"/name",schemaPath:"#/$defs/DictItem/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.name,data:data50};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/segments/contact_types/" + i11+"/name",schemaPath:"#/$defs/DictItem/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.name.type,parentSchema:schema55.properties.name,data:data50};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data48.sort !== undefined){
let data51 = data48.sort;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err81 = {instancePath:instancePath+"/segments/contact_types/" + i11+"/sort",schemaPath:"#/$defs/DictItem/properties/sort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.sort.type,parentSchema:schema55.properties.sort,data:data51};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data48.color !== undefined){
let data52 = data48.color;
if(typeof data52 !== "string"){
const err82 = {instancePath:instancePath+"/segments/contact_types/" + i11+"/color",schemaPath:"#/$defs/DictItem/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.color.type,parentSchema:schema55.properties.color,data:data52};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/segments/contact_types/" + i11,schemaPath:"#/$defs/DictItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data48};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/segments/contact_types",schemaPath:"#/properties/segments/properties/contact_types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.segments.properties.contact_types.type,parentSchema:schema31.properties.segments.properties.contact_types,data:data47};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data46.company_types !== undefined){
let data53 = data46.company_types;
if(Array.isArray(data53)){
const len11 = data53.length;
for(let i12=0; i12<len11; i12++){
let data54 = data53[i12];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.code === undefined){
const err85 = {instancePath:instancePath+"/segments/company_types/" + i12,schemaPath:"#/$defs/DictItem/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema55.required,parentSchema:schema55,data:data54};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data54.name === undefined){
const err86 = {instancePath:instancePath+"/segments/company_types/" + i12,schemaPath:"#/$defs/DictItem/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.required,parentSchema:schema55,data:data54};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key10 in data54){
if(!((((key10 === "code") || (key10 === "name")) || (key10 === "sort")) || (key10 === "color"))){
const err87 = {instancePath:instancePath+"/segments/company_types/" + i12,schemaPath:"#/$defs/DictItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data54};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data54.code !== undefined){
let data55 = data54.code;
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err88 = {instancePath:instancePath+"/segments/company_types/" + i12+"/code",schemaPath:"#/$defs/DictItem/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.code,data:data55};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/segments/company_types/" + i12+"/code",schemaPath:"#/$defs/DictItem/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.code.type,parentSchema:schema55.properties.code,data:data55};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data54.name !== undefined){
let data56 = data54.name;
if(typeof data56 === "string"){
if(func2(data56) > 255){
const err90 = {instancePath:instancePath+"/segments/company_types/" + i12+"/name",schemaPath:"#/$defs/DictItem/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema55.properties.name,data:data56};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(func2(data56) < 1){
const err91 = {instancePath:instancePath+"/segments/company_types/" + i12+"/name",schemaPath:"#/$defs/DictItem/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.name,data:data56};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/segments/company_types/" + i12+"/name",schemaPath:"#/$defs/DictItem/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.name.type,parentSchema:schema55.properties.name,data:data56};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data54.sort !== undefined){
let data57 = data54.sort;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err93 = {instancePath:instancePath+"/segments/company_types/" + i12+"/sort",schemaPath:"#/$defs/DictItem/properties/sort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.sort.type,parentSchema:schema55.properties.sort,data:data57};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data54.color !== undefined){
let data58 = data54.color;
if(typeof data58 !== "string"){
const err94 = {instancePath:instancePath+"/segments/company_types/" + i12+"/color",schemaPath:"#/$defs/DictItem/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.color.type,parentSchema:schema55.properties.color,data:data58};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/segments/company_types/" + i12,schemaPath:"#/$defs/DictItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data54};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/segments/company_types",schemaPath:"#/properties/segments/properties/company_types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.segments.properties.company_types.type,parentSchema:schema31.properties.segments.properties.company_types,data:data53};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/segments",schemaPath:"#/properties/segments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.segments.type,parentSchema:schema31.properties.segments,data:data46};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.lead_sources !== undefined){
let data59 = data.lead_sources;
if(Array.isArray(data59)){
const len12 = data59.length;
for(let i13=0; i13<len12; i13++){
let data60 = data59[i13];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.code === undefined){
const err98 = {instancePath:instancePath+"/lead_sources/" + i13,schemaPath:"#/$defs/DictItem/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema55.required,parentSchema:schema55,data:data60};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data60.name === undefined){
const err99 = {instancePath:instancePath+"/lead_sources/" + i13,schemaPath:"#/$defs/DictItem/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema55.required,parentSchema:schema55,data:data60};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key11 in data60){
if(!((((key11 === "code") || (key11 === "name")) || (key11 === "sort")) || (key11 === "color"))){
const err100 = {instancePath:instancePath+"/lead_sources/" + i13,schemaPath:"#/$defs/DictItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data:data60};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data60.code !== undefined){
let data61 = data60.code;
if(typeof data61 === "string"){
if(func2(data61) < 1){
const err101 = {instancePath:instancePath+"/lead_sources/" + i13+"/code",schemaPath:"#/$defs/DictItem/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.code,data:data61};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/lead_sources/" + i13+"/code",schemaPath:"#/$defs/DictItem/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.code.type,parentSchema:schema55.properties.code,data:data61};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data60.name !== undefined){
let data62 = data60.name;
if(typeof data62 === "string"){
if(func2(data62) > 255){
const err103 = {instancePath:instancePath+"/lead_sources/" + i13+"/name",schemaPath:"#/$defs/DictItem/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema55.properties.name,data:data62};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(func2(data62) < 1){
const err104 = {instancePath:instancePath+"/lead_sources/" + i13+"/name",schemaPath:"#/$defs/DictItem/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.name,data:data62};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/lead_sources/" + i13+"/name",schemaPath:"#/$defs/DictItem/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.name.type,parentSchema:schema55.properties.name,data:data62};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data60.sort !== undefined){
let data63 = data60.sort;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
const err106 = {instancePath:instancePath+"/lead_sources/" + i13+"/sort",schemaPath:"#/$defs/DictItem/properties/sort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.sort.type,parentSchema:schema55.properties.sort,data:data63};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data60.color !== undefined){
let data64 = data60.color;
if(typeof data64 !== "string"){
const err107 = {instancePath:instancePath+"/lead_sources/" + i13+"/color",schemaPath:"#/$defs/DictItem/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.color.type,parentSchema:schema55.properties.color,data:data64};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/lead_sources/" + i13,schemaPath:"#/$defs/DictItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data:data60};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/lead_sources",schemaPath:"#/properties/lead_sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.lead_sources.type,parentSchema:schema31.properties.lead_sources,data:data59};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.lead_statuses !== undefined){
let data65 = data.lead_statuses;
if(Array.isArray(data65)){
const len13 = data65.length;
for(let i14=0; i14<len13; i14++){
let data66 = data65[i14];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.code === undefined){
const err110 = {instancePath:instancePath+"/lead_statuses/" + i14,schemaPath:"#/$defs/LeadStatus/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema58.required,parentSchema:schema58,data:data66};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data66.name === undefined){
const err111 = {instancePath:instancePath+"/lead_statuses/" + i14,schemaPath:"#/$defs/LeadStatus/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema58.required,parentSchema:schema58,data:data66};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key12 in data66){
if(!((((key12 === "code") || (key12 === "name")) || (key12 === "color")) || (key12 === "semantics"))){
const err112 = {instancePath:instancePath+"/lead_statuses/" + i14,schemaPath:"#/$defs/LeadStatus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data:data66};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data66.code !== undefined){
let data67 = data66.code;
if(typeof data67 === "string"){
if(func2(data67) < 1){
const err113 = {instancePath:instancePath+"/lead_statuses/" + i14+"/code",schemaPath:"#/$defs/LeadStatus/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.code,data:data67};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/lead_statuses/" + i14+"/code",schemaPath:"#/$defs/LeadStatus/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.code.type,parentSchema:schema58.properties.code,data:data67};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data66.name !== undefined){
let data68 = data66.name;
if(typeof data68 === "string"){
if(func2(data68) > 255){
const err115 = {instancePath:instancePath+"/lead_statuses/" + i14+"/name",schemaPath:"#/$defs/LeadStatus/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema58.properties.name,data:data68};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(func2(data68) < 1){
const err116 = {instancePath:instancePath+"/lead_statuses/" + i14+"/name",schemaPath:"#/$defs/LeadStatus/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.name,data:data68};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/lead_statuses/" + i14+"/name",schemaPath:"#/$defs/LeadStatus/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.name.type,parentSchema:schema58.properties.name,data:data68};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data66.color !== undefined){
let data69 = data66.color;
if(typeof data69 !== "string"){
const err118 = {instancePath:instancePath+"/lead_statuses/" + i14+"/color",schemaPath:"#/$defs/LeadStatus/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.color.type,parentSchema:schema58.properties.color,data:data69};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data66.semantics !== undefined){
let data70 = data66.semantics;
if(!(((data70 === "process") || (data70 === "success")) || (data70 === "failure"))){
const err119 = {instancePath:instancePath+"/lead_statuses/" + i14+"/semantics",schemaPath:"#/$defs/LeadStatus/properties/semantics/enum",keyword:"enum",params:{allowedValues: schema58.properties.semantics.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.semantics.enum,parentSchema:schema58.properties.semantics,data:data70};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/lead_statuses/" + i14,schemaPath:"#/$defs/LeadStatus/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data66};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/lead_statuses",schemaPath:"#/properties/lead_statuses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.lead_statuses.type,parentSchema:schema31.properties.lead_statuses,data:data65};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.open_lines !== undefined){
let data71 = data.open_lines;
if(Array.isArray(data71)){
const len14 = data71.length;
for(let i15=0; i15<len14; i15++){
if(!(validate44(data71[i15], {instancePath:instancePath+"/open_lines/" + i15,parentData:data71,parentDataProperty:i15,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err122 = {instancePath:instancePath+"/open_lines",schemaPath:"#/properties/open_lines/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.open_lines.type,parentSchema:schema31.properties.open_lines,data:data71};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.email_templates !== undefined){
let data73 = data.email_templates;
if(Array.isArray(data73)){
const len15 = data73.length;
for(let i16=0; i16<len15; i16++){
let data74 = data73[i16];
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.key === undefined){
const err123 = {instancePath:instancePath+"/email_templates/" + i16,schemaPath:"#/$defs/EmailTemplate/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema64.required,parentSchema:schema64,data:data74};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data74.title === undefined){
const err124 = {instancePath:instancePath+"/email_templates/" + i16,schemaPath:"#/$defs/EmailTemplate/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema64.required,parentSchema:schema64,data:data74};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data74.subject === undefined){
const err125 = {instancePath:instancePath+"/email_templates/" + i16,schemaPath:"#/$defs/EmailTemplate/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema64.required,parentSchema:schema64,data:data74};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key13 in data74){
if(!(((((((key13 === "key") || (key13 === "title")) || (key13 === "subject")) || (key13 === "body")) || (key13 === "body_file")) || (key13 === "entity")) || (key13 === "attach_document"))){
const err126 = {instancePath:instancePath+"/email_templates/" + i16,schemaPath:"#/$defs/EmailTemplate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data:data74};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data74.key !== undefined){
let data75 = data74.key;
if(typeof data75 === "string"){
if(func2(data75) < 1){
const err127 = {instancePath:instancePath+"/email_templates/" + i16+"/key",schemaPath:"#/$defs/EmailTemplate/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.key,data:data75};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/email_templates/" + i16+"/key",schemaPath:"#/$defs/EmailTemplate/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.key.type,parentSchema:schema64.properties.key,data:data75};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data74.title !== undefined){
let data76 = data74.title;
if(typeof data76 === "string"){
if(func2(data76) < 1){
const err129 = {instancePath:instancePath+"/email_templates/" + i16+"/title",schemaPath:"#/$defs/EmailTemplate/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.title,data:data76};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/email_templates/" + i16+"/title",schemaPath:"#/$defs/EmailTemplate/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.title.type,parentSchema:schema64.properties.title,data:data76};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data74.subject !== undefined){
let data77 = data74.subject;
if(typeof data77 === "string"){
if(func2(data77) < 1){
const err131 = {instancePath:instancePath+"/email_templates/" + i16+"/subject",schemaPath:"#/$defs/EmailTemplate/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.subject,data:data77};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/email_templates/" + i16+"/subject",schemaPath:"#/$defs/EmailTemplate/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.subject.type,parentSchema:schema64.properties.subject,data:data77};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data74.body !== undefined){
let data78 = data74.body;
if(typeof data78 !== "string"){
const err133 = {instancePath:instancePath+"/email_templates/" + i16+"/body",schemaPath:"#/$defs/EmailTemplate/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.body.type,parentSchema:schema64.properties.body,data:data78};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data74.body_file !== undefined){
let data79 = data74.body_file;
if(typeof data79 === "string"){
if(func2(data79) < 1){
const err134 = {instancePath:instancePath+"/email_templates/" + i16+"/body_file",schemaPath:"#/$defs/EmailTemplate/properties/body_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.body_file,data:data79};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
else {
const err135 = {instancePath:instancePath+"/email_templates/" + i16+"/body_file",schemaPath:"#/$defs/EmailTemplate/properties/body_file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.body_file.type,parentSchema:schema64.properties.body_file,data:data79};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data74.entity !== undefined){
let data80 = data74.entity;
if(!((((data80 === "deal") || (data80 === "lead")) || (data80 === "contact")) || (data80 === "company"))){
const err136 = {instancePath:instancePath+"/email_templates/" + i16+"/entity",schemaPath:"#/$defs/EmailTemplate/properties/entity/enum",keyword:"enum",params:{allowedValues: schema64.properties.entity.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.entity.enum,parentSchema:schema64.properties.entity,data:data80};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data74.attach_document !== undefined){
let data81 = data74.attach_document;
if(typeof data81 !== "string"){
const err137 = {instancePath:instancePath+"/email_templates/" + i16+"/attach_document",schemaPath:"#/$defs/EmailTemplate/properties/attach_document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.attach_document.type,parentSchema:schema64.properties.attach_document,data:data81};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/email_templates/" + i16,schemaPath:"#/$defs/EmailTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data:data74};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/email_templates",schemaPath:"#/properties/email_templates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.email_templates.type,parentSchema:schema31.properties.email_templates,data:data73};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data.documents !== undefined){
let data82 = data.documents;
if(Array.isArray(data82)){
const len16 = data82.length;
for(let i17=0; i17<len16; i17++){
let data83 = data82[i17];
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.name === undefined){
const err140 = {instancePath:instancePath+"/documents/" + i17,schemaPath:"#/$defs/Document/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema65.required,parentSchema:schema65,data:data83};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data83.file === undefined){
const err141 = {instancePath:instancePath+"/documents/" + i17,schemaPath:"#/$defs/Document/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema65.required,parentSchema:schema65,data:data83};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
for(const key14 in data83){
if(!(func1.call(schema65.properties, key14))){
const err142 = {instancePath:instancePath+"/documents/" + i17,schemaPath:"#/$defs/Document/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data:data83};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data83.name !== undefined){
let data84 = data83.name;
if(typeof data84 === "string"){
if(func2(data84) > 255){
const err143 = {instancePath:instancePath+"/documents/" + i17+"/name",schemaPath:"#/$defs/Document/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema65.properties.name,data:data84};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(func2(data84) < 1){
const err144 = {instancePath:instancePath+"/documents/" + i17+"/name",schemaPath:"#/$defs/Document/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.name,data:data84};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/documents/" + i17+"/name",schemaPath:"#/$defs/Document/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.name.type,parentSchema:schema65.properties.name,data:data84};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data83.renamed_from !== undefined){
let data85 = data83.renamed_from;
if(Array.isArray(data85)){
const len17 = data85.length;
for(let i18=0; i18<len17; i18++){
let data86 = data85[i18];
if(typeof data86 === "string"){
if(func2(data86) < 1){
const err146 = {instancePath:instancePath+"/documents/" + i17+"/renamed_from/" + i18,schemaPath:"#/$defs/Document/properties/renamed_from/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.renamed_from.items,data:data86};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/documents/" + i17+"/renamed_from/" + i18,schemaPath:"#/$defs/Document/properties/renamed_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.renamed_from.items.type,parentSchema:schema65.properties.renamed_from.items,data:data86};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/documents/" + i17+"/renamed_from",schemaPath:"#/$defs/Document/properties/renamed_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.renamed_from.type,parentSchema:schema65.properties.renamed_from,data:data85};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data83.file !== undefined){
let data87 = data83.file;
if(typeof data87 === "string"){
if(func2(data87) < 1){
const err149 = {instancePath:instancePath+"/documents/" + i17+"/file",schemaPath:"#/$defs/Document/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.file,data:data87};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/documents/" + i17+"/file",schemaPath:"#/$defs/Document/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.file.type,parentSchema:schema65.properties.file,data:data87};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data83.entity !== undefined){
let data88 = data83.entity;
if(!((((data88 === "deal") || (data88 === "lead")) || (data88 === "contact")) || (data88 === "company"))){
const err151 = {instancePath:instancePath+"/documents/" + i17+"/entity",schemaPath:"#/$defs/Document/properties/entity/enum",keyword:"enum",params:{allowedValues: schema65.properties.entity.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.entity.enum,parentSchema:schema65.properties.entity,data:data88};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data83.directions !== undefined){
let data89 = data83.directions;
if(Array.isArray(data89)){
const len18 = data89.length;
for(let i19=0; i19<len18; i19++){
let data90 = data89[i19];
if(typeof data90 === "string"){
if(func2(data90) < 1){
const err152 = {instancePath:instancePath+"/documents/" + i17+"/directions/" + i19,schemaPath:"#/$defs/Document/properties/directions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.directions.items,data:data90};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/documents/" + i17+"/directions/" + i19,schemaPath:"#/$defs/Document/properties/directions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.directions.items.type,parentSchema:schema65.properties.directions.items,data:data90};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/documents/" + i17+"/directions",schemaPath:"#/$defs/Document/properties/directions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.directions.type,parentSchema:schema65.properties.directions,data:data89};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data83.numerator !== undefined){
let data91 = data83.numerator;
if(typeof data91 === "string"){
if(func2(data91) < 1){
const err155 = {instancePath:instancePath+"/documents/" + i17+"/numerator",schemaPath:"#/$defs/Document/properties/numerator/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.numerator,data:data91};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/documents/" + i17+"/numerator",schemaPath:"#/$defs/Document/properties/numerator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.numerator.type,parentSchema:schema65.properties.numerator,data:data91};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data83.kind !== undefined){
let data92 = data83.kind;
if(!(((((data92 === "proposal") || (data92 === "contract")) || (data92 === "invoice")) || (data92 === "act")) || (data92 === "other"))){
const err157 = {instancePath:instancePath+"/documents/" + i17+"/kind",schemaPath:"#/$defs/Document/properties/kind/enum",keyword:"enum",params:{allowedValues: schema65.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.kind.enum,parentSchema:schema65.properties.kind,data:data92};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data83.active !== undefined){
let data93 = data83.active;
if(typeof data93 !== "boolean"){
const err158 = {instancePath:instancePath+"/documents/" + i17+"/active",schemaPath:"#/$defs/Document/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.active.type,parentSchema:schema65.properties.active,data:data93};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data83.with_stamps !== undefined){
let data94 = data83.with_stamps;
if(typeof data94 !== "boolean"){
const err159 = {instancePath:instancePath+"/documents/" + i17+"/with_stamps",schemaPath:"#/$defs/Document/properties/with_stamps/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.with_stamps.type,parentSchema:schema65.properties.with_stamps,data:data94};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/documents/" + i17,schemaPath:"#/$defs/Document/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data83};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.documents.type,parentSchema:schema31.properties.documents,data:data82};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data.numerators !== undefined){
let data95 = data.numerators;
if(Array.isArray(data95)){
const len19 = data95.length;
for(let i20=0; i20<len19; i20++){
let data96 = data95[i20];
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
if(data96.name === undefined){
const err162 = {instancePath:instancePath+"/numerators/" + i20,schemaPath:"#/$defs/Numerator/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema66.required,parentSchema:schema66,data:data96};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data96.template === undefined){
const err163 = {instancePath:instancePath+"/numerators/" + i20,schemaPath:"#/$defs/Numerator/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema66.required,parentSchema:schema66,data:data96};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
for(const key15 in data96){
if(!(((((((key15 === "name") || (key15 === "template")) || (key15 === "start")) || (key15 === "step")) || (key15 === "length")) || (key15 === "pad")) || (key15 === "period"))){
const err164 = {instancePath:instancePath+"/numerators/" + i20,schemaPath:"#/$defs/Numerator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data:data96};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data96.name !== undefined){
let data97 = data96.name;
if(typeof data97 === "string"){
if(func2(data97) > 255){
const err165 = {instancePath:instancePath+"/numerators/" + i20+"/name",schemaPath:"#/$defs/Numerator/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema66.properties.name,data:data97};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(func2(data97) < 1){
const err166 = {instancePath:instancePath+"/numerators/" + i20+"/name",schemaPath:"#/$defs/Numerator/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.name,data:data97};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/numerators/" + i20+"/name",schemaPath:"#/$defs/Numerator/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.name.type,parentSchema:schema66.properties.name,data:data97};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data96.template !== undefined){
let data98 = data96.template;
if(typeof data98 === "string"){
if(func2(data98) < 1){
const err168 = {instancePath:instancePath+"/numerators/" + i20+"/template",schemaPath:"#/$defs/Numerator/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.template,data:data98};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/numerators/" + i20+"/template",schemaPath:"#/$defs/Numerator/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.template.type,parentSchema:schema66.properties.template,data:data98};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data96.start !== undefined){
let data99 = data96.start;
if(!(((typeof data99 == "number") && (!(data99 % 1) && !isNaN(data99))) && (isFinite(data99)))){
const err170 = {instancePath:instancePath+"/numerators/" + i20+"/start",schemaPath:"#/$defs/Numerator/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.start.type,parentSchema:schema66.properties.start,data:data99};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 < 0 || isNaN(data99)){
const err171 = {instancePath:instancePath+"/numerators/" + i20+"/start",schemaPath:"#/$defs/Numerator/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema66.properties.start,data:data99};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
if(data96.step !== undefined){
let data100 = data96.step;
if(!(((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100))) && (isFinite(data100)))){
const err172 = {instancePath:instancePath+"/numerators/" + i20+"/step",schemaPath:"#/$defs/Numerator/properties/step/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.step.type,parentSchema:schema66.properties.step,data:data100};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if((typeof data100 == "number") && (isFinite(data100))){
if(data100 < 1 || isNaN(data100)){
const err173 = {instancePath:instancePath+"/numerators/" + i20+"/step",schemaPath:"#/$defs/Numerator/properties/step/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema66.properties.step,data:data100};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
if(data96.length !== undefined){
let data101 = data96.length;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
const err174 = {instancePath:instancePath+"/numerators/" + i20+"/length",schemaPath:"#/$defs/Numerator/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.length.type,parentSchema:schema66.properties.length,data:data101};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 < 0 || isNaN(data101)){
const err175 = {instancePath:instancePath+"/numerators/" + i20+"/length",schemaPath:"#/$defs/Numerator/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema66.properties.length,data:data101};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
if(data96.pad !== undefined){
let data102 = data96.pad;
if(typeof data102 === "string"){
if(func2(data102) > 1){
const err176 = {instancePath:instancePath+"/numerators/" + i20+"/pad",schemaPath:"#/$defs/Numerator/properties/pad/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters",schema:1,parentSchema:schema66.properties.pad,data:data102};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/numerators/" + i20+"/pad",schemaPath:"#/$defs/Numerator/properties/pad/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.pad.type,parentSchema:schema66.properties.pad,data:data102};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data96.period !== undefined){
let data103 = data96.period;
if(!((((data103 === "none") || (data103 === "day")) || (data103 === "month")) || (data103 === "year"))){
const err178 = {instancePath:instancePath+"/numerators/" + i20+"/period",schemaPath:"#/$defs/Numerator/properties/period/enum",keyword:"enum",params:{allowedValues: schema66.properties.period.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.period.enum,parentSchema:schema66.properties.period,data:data103};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/numerators/" + i20,schemaPath:"#/$defs/Numerator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data:data96};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/numerators",schemaPath:"#/properties/numerators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.numerators.type,parentSchema:schema31.properties.numerators,data:data95};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data.permissions !== undefined){
let data104 = data.permissions;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
for(const key16 in data104){
if(!(key16 === "roles")){
const err181 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.permissions,data:data104};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data104.roles !== undefined){
let data105 = data104.roles;
if(Array.isArray(data105)){
const len20 = data105.length;
for(let i21=0; i21<len20; i21++){
let data106 = data105[i21];
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.name === undefined){
const err182 = {instancePath:instancePath+"/permissions/roles/" + i21,schemaPath:"#/$defs/PermissionRole/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema67.required,parentSchema:schema67,data:data106};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
for(const key17 in data106){
if(!(((((key17 === "name") || (key17 === "description")) || (key17 === "members")) || (key17 === "deny")) || (key17 === "allow"))){
const err183 = {instancePath:instancePath+"/permissions/roles/" + i21,schemaPath:"#/$defs/PermissionRole/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data:data106};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data106.name !== undefined){
let data107 = data106.name;
if(typeof data107 === "string"){
if(func2(data107) < 1){
const err184 = {instancePath:instancePath+"/permissions/roles/" + i21+"/name",schemaPath:"#/$defs/PermissionRole/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.name,data:data107};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/permissions/roles/" + i21+"/name",schemaPath:"#/$defs/PermissionRole/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.name.type,parentSchema:schema67.properties.name,data:data107};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data106.description !== undefined){
let data108 = data106.description;
if(typeof data108 !== "string"){
const err186 = {instancePath:instancePath+"/permissions/roles/" + i21+"/description",schemaPath:"#/$defs/PermissionRole/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.description.type,parentSchema:schema67.properties.description,data:data108};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data106.members !== undefined){
let data109 = data106.members;
if(Array.isArray(data109)){
const len21 = data109.length;
for(let i22=0; i22<len21; i22++){
let data110 = data109[i22];
if(typeof data110 === "string"){
if(func2(data110) < 1){
const err187 = {instancePath:instancePath+"/permissions/roles/" + i21+"/members/" + i22,schemaPath:"#/$defs/PermissionRole/properties/members/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.members.items,data:data110};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/permissions/roles/" + i21+"/members/" + i22,schemaPath:"#/$defs/PermissionRole/properties/members/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.members.items.type,parentSchema:schema67.properties.members.items,data:data110};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/permissions/roles/" + i21+"/members",schemaPath:"#/$defs/PermissionRole/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.members.type,parentSchema:schema67.properties.members,data:data109};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data106.deny !== undefined){
let data111 = data106.deny;
if(Array.isArray(data111)){
const len22 = data111.length;
for(let i23=0; i23<len22; i23++){
let data112 = data111[i23];
if(typeof data112 === "string"){
if(!pattern6.test(data112)){
const err190 = {instancePath:instancePath+"/permissions/roles/" + i21+"/deny/" + i23,schemaPath:"#/$defs/PermissionRole/properties/deny/items/pattern",keyword:"pattern",params:{pattern: "^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"},message:"must match pattern \""+"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"+"\"",schema:"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$",parentSchema:schema67.properties.deny.items,data:data112};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/permissions/roles/" + i21+"/deny/" + i23,schemaPath:"#/$defs/PermissionRole/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.deny.items.type,parentSchema:schema67.properties.deny.items,data:data112};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/permissions/roles/" + i21+"/deny",schemaPath:"#/$defs/PermissionRole/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.deny.type,parentSchema:schema67.properties.deny,data:data111};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data106.allow !== undefined){
let data113 = data106.allow;
if(Array.isArray(data113)){
const len23 = data113.length;
for(let i24=0; i24<len23; i24++){
let data114 = data113[i24];
if(typeof data114 === "string"){
if(!pattern6.test(data114)){
const err193 = {instancePath:instancePath+"/permissions/roles/" + i21+"/allow/" + i24,schemaPath:"#/$defs/PermissionRole/properties/allow/items/pattern",keyword:"pattern",params:{pattern: "^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"},message:"must match pattern \""+"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$"+"\"",schema:"^((lead|deal|contact|company|quote|invoice)\\.(read|add|update|delete|export|import)|import|export|settings)$",parentSchema:schema67.properties.allow.items,data:data114};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/permissions/roles/" + i21+"/allow/" + i24,schemaPath:"#/$defs/PermissionRole/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.allow.items.type,parentSchema:schema67.properties.allow.items,data:data114};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/permissions/roles/" + i21+"/allow",schemaPath:"#/$defs/PermissionRole/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.allow.type,parentSchema:schema67.properties.allow,data:data113};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/permissions/roles/" + i21,schemaPath:"#/$defs/PermissionRole/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data:data106};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/permissions/roles",schemaPath:"#/properties/permissions/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.permissions.properties.roles.type,parentSchema:schema31.properties.permissions.properties.roles,data:data105};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.permissions.type,parentSchema:schema31.properties.permissions,data:data104};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data.manage !== undefined){
let data115 = data.manage;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key18 in data115){
if(!((key18 === "prune") || (key18 === "protect"))){
const err199 = {instancePath:instancePath+"/manage",schemaPath:"#/properties/manage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.manage,data:data115};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data115.prune !== undefined){
let data116 = data115.prune;
if(typeof data116 !== "boolean"){
const err200 = {instancePath:instancePath+"/manage/prune",schemaPath:"#/properties/manage/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.manage.properties.prune.type,parentSchema:schema31.properties.manage.properties.prune,data:data116};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data115.protect !== undefined){
let data117 = data115.protect;
if(Array.isArray(data117)){
const len24 = data117.length;
for(let i25=0; i25<len24; i25++){
let data118 = data117[i25];
if(typeof data118 === "string"){
if(func2(data118) < 1){
const err201 = {instancePath:instancePath+"/manage/protect/" + i25,schemaPath:"#/properties/manage/properties/protect/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.manage.properties.protect.items,data:data118};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/manage/protect/" + i25,schemaPath:"#/properties/manage/properties/protect/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.manage.properties.protect.items.type,parentSchema:schema31.properties.manage.properties.protect.items,data:data118};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/manage/protect",schemaPath:"#/properties/manage/properties/protect/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.manage.properties.protect.type,parentSchema:schema31.properties.manage.properties.protect,data:data117};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/manage",schemaPath:"#/properties/manage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.manage.type,parentSchema:schema31.properties.manage,data:data115};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data.audit !== undefined){
let data119 = data.audit;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
for(const key19 in data119){
if(!(((key19 === "window_days") || (key19 === "thresholds")) || (key19 === "suppress"))){
const err205 = {instancePath:instancePath+"/audit",schemaPath:"#/properties/audit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.audit,data:data119};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data119.window_days !== undefined){
let data120 = data119.window_days;
if(!(((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120))) && (isFinite(data120)))){
const err206 = {instancePath:instancePath+"/audit/window_days",schemaPath:"#/properties/audit/properties/window_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.audit.properties.window_days.type,parentSchema:schema31.properties.audit.properties.window_days,data:data120};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if((typeof data120 == "number") && (isFinite(data120))){
if(data120 < 1 || isNaN(data120)){
const err207 = {instancePath:instancePath+"/audit/window_days",schemaPath:"#/properties/audit/properties/window_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.audit.properties.window_days,data:data120};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
if(data119.thresholds !== undefined){
let data121 = data119.thresholds;
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
for(const key20 in data121){
const _errs265 = errors;
if(typeof key20 === "string"){
if(!pattern8.test(key20)){
const err208 = {instancePath:instancePath+"/audit/thresholds",schemaPath:"#/properties/audit/properties/thresholds/propertyNames/pattern",keyword:"pattern",params:{pattern: "^SD-\\d{2}$"},message:"must match pattern \""+"^SD-\\d{2}$"+"\"",schema:"^SD-\\d{2}$",parentSchema:schema31.properties.audit.properties.thresholds.propertyNames,data:key20,propertyName:key20};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
var valid83 = _errs265 === errors;
if(!valid83){
const err209 = {instancePath:instancePath+"/audit/thresholds",schemaPath:"#/properties/audit/properties/thresholds/propertyNames",keyword:"propertyNames",params:{propertyName: key20},message:"property name must be valid",schema:schema31.properties.audit.properties.thresholds.propertyNames,parentSchema:schema31.properties.audit.properties.thresholds,data:data121};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
for(const key21 in data121){
let data122 = data121[key21];
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
for(const key22 in data122){
let data123 = data122[key22];
if(!((typeof data123 == "number") && (isFinite(data123)))){
const err210 = {instancePath:instancePath+"/audit/thresholds/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audit/properties/thresholds/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.audit.properties.thresholds.additionalProperties.additionalProperties.type,parentSchema:schema31.properties.audit.properties.thresholds.additionalProperties.additionalProperties,data:data123};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/audit/thresholds/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/audit/properties/thresholds/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.audit.properties.thresholds.additionalProperties.type,parentSchema:schema31.properties.audit.properties.thresholds.additionalProperties,data:data122};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
}
else {
const err212 = {instancePath:instancePath+"/audit/thresholds",schemaPath:"#/properties/audit/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.audit.properties.thresholds.type,parentSchema:schema31.properties.audit.properties.thresholds,data:data121};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data119.suppress !== undefined){
let data124 = data119.suppress;
if(Array.isArray(data124)){
const len25 = data124.length;
for(let i26=0; i26<len25; i26++){
let data125 = data124[i26];
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.standard === undefined){
const err213 = {instancePath:instancePath+"/audit/suppress/" + i26,schemaPath:"#/$defs/Suppression/required",keyword:"required",params:{missingProperty: "standard"},message:"must have required property '"+"standard"+"'",schema:schema68.required,parentSchema:schema68,data:data125};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data125.reason === undefined){
const err214 = {instancePath:instancePath+"/audit/suppress/" + i26,schemaPath:"#/$defs/Suppression/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema68.required,parentSchema:schema68,data:data125};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data125.expires === undefined){
const err215 = {instancePath:instancePath+"/audit/suppress/" + i26,schemaPath:"#/$defs/Suppression/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'",schema:schema68.required,parentSchema:schema68,data:data125};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key23 in data125){
if(!((((key23 === "standard") || (key23 === "reason")) || (key23 === "expires")) || (key23 === "by"))){
const err216 = {instancePath:instancePath+"/audit/suppress/" + i26,schemaPath:"#/$defs/Suppression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data:data125};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data125.standard !== undefined){
let data126 = data125.standard;
if(typeof data126 === "string"){
if(!pattern8.test(data126)){
const err217 = {instancePath:instancePath+"/audit/suppress/" + i26+"/standard",schemaPath:"#/$defs/Suppression/properties/standard/pattern",keyword:"pattern",params:{pattern: "^SD-\\d{2}$"},message:"must match pattern \""+"^SD-\\d{2}$"+"\"",schema:"^SD-\\d{2}$",parentSchema:schema68.properties.standard,data:data126};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/audit/suppress/" + i26+"/standard",schemaPath:"#/$defs/Suppression/properties/standard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.standard.type,parentSchema:schema68.properties.standard,data:data126};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data125.reason !== undefined){
let data127 = data125.reason;
if(typeof data127 === "string"){
if(func2(data127) < 3){
const err219 = {instancePath:instancePath+"/audit/suppress/" + i26+"/reason",schemaPath:"#/$defs/Suppression/properties/reason/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema68.properties.reason,data:data127};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
else {
const err220 = {instancePath:instancePath+"/audit/suppress/" + i26+"/reason",schemaPath:"#/$defs/Suppression/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.reason.type,parentSchema:schema68.properties.reason,data:data127};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data125.expires !== undefined){
let data128 = data125.expires;
if(typeof data128 === "string"){
if(!(formats0.validate(data128))){
const err221 = {instancePath:instancePath+"/audit/suppress/" + i26+"/expires",schemaPath:"#/$defs/Suppression/properties/expires/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema68.properties.expires,data:data128};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
else {
const err222 = {instancePath:instancePath+"/audit/suppress/" + i26+"/expires",schemaPath:"#/$defs/Suppression/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.expires.type,parentSchema:schema68.properties.expires,data:data128};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data125.by !== undefined){
let data129 = data125.by;
if(typeof data129 !== "string"){
const err223 = {instancePath:instancePath+"/audit/suppress/" + i26+"/by",schemaPath:"#/$defs/Suppression/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.by.type,parentSchema:schema68.properties.by,data:data129};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/audit/suppress/" + i26,schemaPath:"#/$defs/Suppression/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data:data125};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
}
else {
const err225 = {instancePath:instancePath+"/audit/suppress",schemaPath:"#/properties/audit/properties/suppress/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.audit.properties.suppress.type,parentSchema:schema31.properties.audit.properties.suppress,data:data124};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
else {
const err226 = {instancePath:instancePath+"/audit",schemaPath:"#/properties/audit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.audit.type,parentSchema:schema31.properties.audit,data:data119};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
