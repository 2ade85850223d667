/* Generated from src/plan/plan-file.schema.json by `npm run gen:validator` (ajv standalone code). Do not edit by hand. */
// @ts-nocheck
/* eslint-disable */
import __ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const __ucs2length = __ucs2lengthModule.default ?? __ucs2lengthModule;
import { fullFormats as __fullFormats } from 'ajv-formats/dist/formats.js';
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://b24cfg.dev/schema/plan-v1.json","title":"Plan","description":"A plan saved by `b24cfg plan --out plan.json` for `b24cfg apply plan.json` (format version 1).","type":"object","additionalProperties":false,"required":["formatVersion","tool","createdAt","spec","portal","options","changes","kept","summary"],"properties":{"formatVersion":{"const":1},"tool":{"type":"string","pattern":"^b24cfg@"},"createdAt":{"type":"string","format":"date-time"},"spec":{"type":"object","additionalProperties":false,"required":["file","hash"],"properties":{"file":{"type":"string","minLength":1},"hash":{"type":"string","minLength":1}}},"portal":{"type":"object","additionalProperties":false,"required":["host","kind","fingerprint"],"properties":{"host":{"type":"string","minLength":1},"identity":{"type":"string","minLength":1},"kind":{"enum":["http","sandbox"]},"fingerprint":{"type":"string","minLength":1}}},"options":{"type":"object","additionalProperties":false,"required":["prune","allowDataLoss","pruneInSpec"],"properties":{"prune":{"type":"boolean"},"allowDataLoss":{"type":"boolean"},"allowStructureChanges":{"type":"boolean"},"pruneInSpec":{"type":"boolean"}}},"changes":{"type":"array","items":{"$ref":"#/$defs/change"}},"kept":{"type":"array","items":{"$ref":"#/$defs/kept"}},"summary":{"type":"object","additionalProperties":false,"required":["create","update","rename","delete","blocked","manual"],"properties":{"create":{"type":"integer","minimum":0},"update":{"type":"integer","minimum":0},"rename":{"type":"integer","minimum":0},"delete":{"type":"integer","minimum":0},"blocked":{"type":"integer","minimum":0},"manual":{"type":"integer","minimum":0}}},"manualCheck":{"description":"plan --crm-settings: each manual item against the portal's CRM settings archive (src/resources/manual-archive/check.ts).","type":"object","additionalProperties":false,"required":["archive","items","counts"],"properties":{"archive":{"type":"object","additionalProperties":false,"required":["file","manifest","writtenAt","ageDays"],"properties":{"file":{"type":"string"},"manifest":{"type":"object","additionalProperties":false,"required":["code","version"],"properties":{"code":{"type":"string"},"version":{"type":"integer"}}},"writtenAt":{"type":["string","null"]},"ageDays":{"type":["integer","null"],"minimum":0}}},"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","path","status","differences"],"properties":{"id":{"type":"string","minLength":1},"path":{"type":"array","items":{"type":"string"}},"status":{"enum":["matches","differs","portal_only","not_in_archive","unprovable"]},"differences":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["field","expected","actual"],"properties":{"field":{"type":"string"},"expected":{"type":"string"},"actual":{"type":"string"},"unresolved":{"const":true}}}},"reason":{"type":"string"},"detail":{"type":"string"},"found":{"$ref":"#/$defs/text"}}}},"counts":{"type":"object","additionalProperties":false,"required":["matches","differs","portal_only","not_in_archive","unprovable"],"properties":{"matches":{"type":"integer","minimum":0},"differs":{"type":"integer","minimum":0},"portal_only":{"type":"integer","minimum":0},"not_in_archive":{"type":"integer","minimum":0},"unprovable":{"type":"integer","minimum":0}}}}}},"$defs":{"text":{"type":"object","required":["ru","en"],"additionalProperties":false,"properties":{"ru":{"type":"string"},"en":{"type":"string"}}},"fieldDiff":{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string"},"before":{},"after":{}}},"impact":{"type":"object","additionalProperties":false,"properties":{"deals":{"type":"integer","minimum":0},"records":{"type":"integer","minimum":0},"entity":{"type":"string"}}},"kept":{"type":"object","additionalProperties":false,"required":["kind","key","path","why"],"properties":{"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"why":{"enum":["not-in-spec","system","protected","has-data"]}}},"change":{"type":"object","required":["op"],"properties":{"op":{"enum":["create","update","rename","delete","blocked","manual"]}},"discriminator":{"propertyName":"op"},"oneOf":[{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","desired"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"create"},"desired":{"type":"object"},"parent":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","portalId","diffs","desired"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"update"},"portalId":{"type":"integer"},"diffs":{"type":"array","items":{"$ref":"#/$defs/fieldDiff"}},"desired":{"type":"object"},"parent":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","portalId","from","to","diffs","desired"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"rename"},"portalId":{"type":"integer"},"from":{"type":"string"},"to":{"type":"string"},"diffs":{"type":"array","items":{"$ref":"#/$defs/fieldDiff"}},"desired":{"type":"object"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","portalId","current","reason"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"delete"},"portalId":{"type":"integer"},"current":{"type":"object"},"impact":{"$ref":"#/$defs/impact"},"reason":{"enum":["prune","recreate","default-stage"]},"parent":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","reason","wanted"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"blocked"},"reason":{"$ref":"#/$defs/text"},"hint":{"$ref":"#/$defs/text"},"wanted":{"enum":["create","update","delete","recreate"]},"diffs":{"type":"array","items":{"$ref":"#/$defs/fieldDiff"}},"impact":{"$ref":"#/$defs/impact"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","reason","summary"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"manual"},"reason":{"$ref":"#/$defs/text"},"summary":{"$ref":"#/$defs/text"}}}]}}};
const schema48 = {"type":"object","additionalProperties":false,"required":["kind","key","path","why"],"properties":{"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"why":{"enum":["not-in-spec","system","protected","has-data"]}}};
const schema33 = {"type":"object","required":["ru","en"],"additionalProperties":false,"properties":{"ru":{"type":"string"},"en":{"type":"string"}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = __ucs2length;
const pattern4 = new RegExp("^b24cfg@", "u");
const formats0 = __fullFormats["date-time"];
const schema32 = {"type":"object","required":["op"],"properties":{"op":{"enum":["create","update","rename","delete","blocked","manual"]}},"discriminator":{"propertyName":"op"},"oneOf":[{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","desired"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"create"},"desired":{"type":"object"},"parent":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","portalId","diffs","desired"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"update"},"portalId":{"type":"integer"},"diffs":{"type":"array","items":{"$ref":"#/$defs/fieldDiff"}},"desired":{"type":"object"},"parent":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","portalId","from","to","diffs","desired"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"rename"},"portalId":{"type":"integer"},"from":{"type":"string"},"to":{"type":"string"},"diffs":{"type":"array","items":{"$ref":"#/$defs/fieldDiff"}},"desired":{"type":"object"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","portalId","current","reason"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"delete"},"portalId":{"type":"integer"},"current":{"type":"object"},"impact":{"$ref":"#/$defs/impact"},"reason":{"enum":["prune","recreate","default-stage"]},"parent":{"type":"string"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","reason","wanted"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"blocked"},"reason":{"$ref":"#/$defs/text"},"hint":{"$ref":"#/$defs/text"},"wanted":{"enum":["create","update","delete","recreate"]},"diffs":{"type":"array","items":{"$ref":"#/$defs/fieldDiff"}},"impact":{"$ref":"#/$defs/impact"}}},{"type":"object","additionalProperties":false,"required":["id","kind","key","path","op","reason","summary"],"properties":{"id":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"key":{"type":"string"},"path":{"type":"array","items":{"type":"string"}},"specPointer":{"type":"string"},"note":{"$ref":"#/$defs/text"},"op":{"const":"manual"},"reason":{"$ref":"#/$defs/text"},"summary":{"$ref":"#/$defs/text"}}}]};
const schema35 = {"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string"},"before":{},"after":{}}};
const schema39 = {"type":"object","additionalProperties":false,"properties":{"deals":{"type":"integer","minimum":0},"records":{"type":"integer","minimum":0},"entity":{"type":"string"}}};

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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.op === undefined) && (missing0 = "op")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.op !== undefined){
let data0 = data.op;
const _errs2 = errors;
if(!((((((data0 === "create") || (data0 === "update")) || (data0 === "rename")) || (data0 === "delete")) || (data0 === "blocked")) || (data0 === "manual"))){
validate21.errors = [{instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema32.properties.op.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.op;
if(typeof tag0 == "string"){
if(tag0 === "create"){
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((((((data.id === undefined) && (missing1 = "id")) || ((data.kind === undefined) && (missing1 = "kind"))) || ((data.key === undefined) && (missing1 = "key"))) || ((data.path === undefined) && (missing1 = "path"))) || ((data.op === undefined) && (missing1 = "op"))) || ((data.desired === undefined) && (missing1 = "desired"))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(func1.call(schema32.oneOf[0].properties, key0))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.kind !== undefined){
let data2 = data.kind;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.key !== undefined){
const _errs10 = errors;
if(typeof data.key !== "string"){
validate21.errors = [{instancePath:instancePath+"/key",schemaPath:"#/oneOf/0/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.path !== undefined){
let data4 = data.path;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid4 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data4[i0] !== "string"){
validate21.errors = [{instancePath:instancePath+"/path/" + i0,schemaPath:"#/oneOf/0/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/oneOf/0/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.specPointer !== undefined){
const _errs16 = errors;
if(typeof data.specPointer !== "string"){
validate21.errors = [{instancePath:instancePath+"/specPointer",schemaPath:"#/oneOf/0/properties/specPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.note !== undefined){
let data7 = data.note;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing2;
if(((data7.ru === undefined) && (missing2 = "ru")) || ((data7.en === undefined) && (missing2 = "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs21 = errors;
for(const key1 in data7){
if(!((key1 === "ru") || (key1 === "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data7.ru !== undefined){
const _errs22 = errors;
if(typeof data7.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.en !== undefined){
const _errs24 = errors;
if(typeof data7.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.op !== undefined){
const _errs26 = errors;
if("create" !== data.op){
validate21.errors = [{instancePath:instancePath+"/op",schemaPath:"#/oneOf/0/properties/op/const",keyword:"const",params:{allowedValue: "create"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.desired !== undefined){
let data11 = data.desired;
const _errs27 = errors;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
validate21.errors = [{instancePath:instancePath+"/desired",schemaPath:"#/oneOf/0/properties/desired/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.parent !== undefined){
const _errs29 = errors;
if(typeof data.parent !== "string"){
validate21.errors = [{instancePath:instancePath+"/parent",schemaPath:"#/oneOf/0/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "update"){
const _errs31 = errors;
if(errors === _errs31){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((((((((data.id === undefined) && (missing3 = "id")) || ((data.kind === undefined) && (missing3 = "kind"))) || ((data.key === undefined) && (missing3 = "key"))) || ((data.path === undefined) && (missing3 = "path"))) || ((data.op === undefined) && (missing3 = "op"))) || ((data.portalId === undefined) && (missing3 = "portalId"))) || ((data.diffs === undefined) && (missing3 = "diffs"))) || ((data.desired === undefined) && (missing3 = "desired"))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key2 in data){
if(!(func1.call(schema32.oneOf[1].properties, key2))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data.id !== undefined){
let data13 = data.id;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data13 === "string"){
if(func2(data13) < 1){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.kind !== undefined){
let data14 = data.kind;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data14 === "string"){
if(func2(data14) < 1){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.key !== undefined){
const _errs38 = errors;
if(typeof data.key !== "string"){
validate21.errors = [{instancePath:instancePath+"/key",schemaPath:"#/oneOf/1/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.path !== undefined){
let data16 = data.path;
const _errs40 = errors;
if(errors === _errs40){
if(Array.isArray(data16)){
var valid9 = true;
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
const _errs42 = errors;
if(typeof data16[i1] !== "string"){
validate21.errors = [{instancePath:instancePath+"/path/" + i1,schemaPath:"#/oneOf/1/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs42 === errors;
if(!valid9){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/oneOf/1/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.specPointer !== undefined){
const _errs44 = errors;
if(typeof data.specPointer !== "string"){
validate21.errors = [{instancePath:instancePath+"/specPointer",schemaPath:"#/oneOf/1/properties/specPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs44 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.note !== undefined){
let data19 = data.note;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing4;
if(((data19.ru === undefined) && (missing4 = "ru")) || ((data19.en === undefined) && (missing4 = "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs49 = errors;
for(const key3 in data19){
if(!((key3 === "ru") || (key3 === "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs49 === errors){
if(data19.ru !== undefined){
const _errs50 = errors;
if(typeof data19.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs50 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.en !== undefined){
const _errs52 = errors;
if(typeof data19.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs52 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs46 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.op !== undefined){
const _errs54 = errors;
if("update" !== data.op){
validate21.errors = [{instancePath:instancePath+"/op",schemaPath:"#/oneOf/1/properties/op/const",keyword:"const",params:{allowedValue: "update"},message:"must be equal to constant"}];
return false;
}
var valid8 = _errs54 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.portalId !== undefined){
let data23 = data.portalId;
const _errs55 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate21.errors = [{instancePath:instancePath+"/portalId",schemaPath:"#/oneOf/1/properties/portalId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid8 = _errs55 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.diffs !== undefined){
let data24 = data.diffs;
const _errs57 = errors;
if(errors === _errs57){
if(Array.isArray(data24)){
var valid12 = true;
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
let data25 = data24[i2];
const _errs59 = errors;
const _errs60 = errors;
if(errors === _errs60){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing5;
if((data25.field === undefined) && (missing5 = "field")){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i2,schemaPath:"#/$defs/fieldDiff/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs62 = errors;
for(const key4 in data25){
if(!(((key4 === "field") || (key4 === "before")) || (key4 === "after"))){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i2,schemaPath:"#/$defs/fieldDiff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs62 === errors){
if(data25.field !== undefined){
if(typeof data25.field !== "string"){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i2+"/field",schemaPath:"#/$defs/fieldDiff/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/diffs/" + i2,schemaPath:"#/$defs/fieldDiff/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs59 === errors;
if(!valid12){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/diffs",schemaPath:"#/oneOf/1/properties/diffs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs57 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.desired !== undefined){
let data27 = data.desired;
const _errs65 = errors;
if(!(data27 && typeof data27 == "object" && !Array.isArray(data27))){
validate21.errors = [{instancePath:instancePath+"/desired",schemaPath:"#/oneOf/1/properties/desired/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid8 = _errs65 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.parent !== undefined){
const _errs67 = errors;
if(typeof data.parent !== "string"){
validate21.errors = [{instancePath:instancePath+"/parent",schemaPath:"#/oneOf/1/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs67 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "rename"){
const _errs69 = errors;
if(errors === _errs69){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if(((((((((((data.id === undefined) && (missing6 = "id")) || ((data.kind === undefined) && (missing6 = "kind"))) || ((data.key === undefined) && (missing6 = "key"))) || ((data.path === undefined) && (missing6 = "path"))) || ((data.op === undefined) && (missing6 = "op"))) || ((data.portalId === undefined) && (missing6 = "portalId"))) || ((data.from === undefined) && (missing6 = "from"))) || ((data.to === undefined) && (missing6 = "to"))) || ((data.diffs === undefined) && (missing6 = "diffs"))) || ((data.desired === undefined) && (missing6 = "desired"))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs71 = errors;
for(const key5 in data){
if(!(func1.call(schema32.oneOf[2].properties, key5))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs71 === errors){
if(data.id !== undefined){
let data29 = data.id;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data29 === "string"){
if(func2(data29) < 1){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/2/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/2/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs72 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.kind !== undefined){
let data30 = data.kind;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data30 === "string"){
if(func2(data30) < 1){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs74 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.key !== undefined){
const _errs76 = errors;
if(typeof data.key !== "string"){
validate21.errors = [{instancePath:instancePath+"/key",schemaPath:"#/oneOf/2/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs76 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.path !== undefined){
let data32 = data.path;
const _errs78 = errors;
if(errors === _errs78){
if(Array.isArray(data32)){
var valid17 = true;
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
const _errs80 = errors;
if(typeof data32[i3] !== "string"){
validate21.errors = [{instancePath:instancePath+"/path/" + i3,schemaPath:"#/oneOf/2/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs80 === errors;
if(!valid17){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/oneOf/2/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs78 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.specPointer !== undefined){
const _errs82 = errors;
if(typeof data.specPointer !== "string"){
validate21.errors = [{instancePath:instancePath+"/specPointer",schemaPath:"#/oneOf/2/properties/specPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs82 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.note !== undefined){
let data35 = data.note;
const _errs84 = errors;
const _errs85 = errors;
if(errors === _errs85){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
let missing7;
if(((data35.ru === undefined) && (missing7 = "ru")) || ((data35.en === undefined) && (missing7 = "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs87 = errors;
for(const key6 in data35){
if(!((key6 === "ru") || (key6 === "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs87 === errors){
if(data35.ru !== undefined){
const _errs88 = errors;
if(typeof data35.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs88 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data35.en !== undefined){
const _errs90 = errors;
if(typeof data35.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs90 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs84 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.op !== undefined){
const _errs92 = errors;
if("rename" !== data.op){
validate21.errors = [{instancePath:instancePath+"/op",schemaPath:"#/oneOf/2/properties/op/const",keyword:"const",params:{allowedValue: "rename"},message:"must be equal to constant"}];
return false;
}
var valid16 = _errs92 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.portalId !== undefined){
let data39 = data.portalId;
const _errs93 = errors;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
validate21.errors = [{instancePath:instancePath+"/portalId",schemaPath:"#/oneOf/2/properties/portalId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid16 = _errs93 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.from !== undefined){
const _errs95 = errors;
if(typeof data.from !== "string"){
validate21.errors = [{instancePath:instancePath+"/from",schemaPath:"#/oneOf/2/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs95 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.to !== undefined){
const _errs97 = errors;
if(typeof data.to !== "string"){
validate21.errors = [{instancePath:instancePath+"/to",schemaPath:"#/oneOf/2/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs97 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.diffs !== undefined){
let data42 = data.diffs;
const _errs99 = errors;
if(errors === _errs99){
if(Array.isArray(data42)){
var valid20 = true;
const len4 = data42.length;
for(let i4=0; i4<len4; i4++){
let data43 = data42[i4];
const _errs101 = errors;
const _errs102 = errors;
if(errors === _errs102){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing8;
if((data43.field === undefined) && (missing8 = "field")){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i4,schemaPath:"#/$defs/fieldDiff/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs104 = errors;
for(const key7 in data43){
if(!(((key7 === "field") || (key7 === "before")) || (key7 === "after"))){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i4,schemaPath:"#/$defs/fieldDiff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs104 === errors){
if(data43.field !== undefined){
if(typeof data43.field !== "string"){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i4+"/field",schemaPath:"#/$defs/fieldDiff/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/diffs/" + i4,schemaPath:"#/$defs/fieldDiff/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid20 = _errs101 === errors;
if(!valid20){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/diffs",schemaPath:"#/oneOf/2/properties/diffs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs99 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data.desired !== undefined){
let data45 = data.desired;
const _errs107 = errors;
if(!(data45 && typeof data45 == "object" && !Array.isArray(data45))){
validate21.errors = [{instancePath:instancePath+"/desired",schemaPath:"#/oneOf/2/properties/desired/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid16 = _errs107 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "delete"){
const _errs109 = errors;
if(errors === _errs109){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if(((((((((data.id === undefined) && (missing9 = "id")) || ((data.kind === undefined) && (missing9 = "kind"))) || ((data.key === undefined) && (missing9 = "key"))) || ((data.path === undefined) && (missing9 = "path"))) || ((data.op === undefined) && (missing9 = "op"))) || ((data.portalId === undefined) && (missing9 = "portalId"))) || ((data.current === undefined) && (missing9 = "current"))) || ((data.reason === undefined) && (missing9 = "reason"))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs111 = errors;
for(const key8 in data){
if(!(func1.call(schema32.oneOf[3].properties, key8))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs111 === errors){
if(data.id !== undefined){
let data46 = data.id;
const _errs112 = errors;
if(errors === _errs112){
if(typeof data46 === "string"){
if(func2(data46) < 1){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/3/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/3/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs112 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.kind !== undefined){
let data47 = data.kind;
const _errs114 = errors;
if(errors === _errs114){
if(typeof data47 === "string"){
if(func2(data47) < 1){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs114 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.key !== undefined){
const _errs116 = errors;
if(typeof data.key !== "string"){
validate21.errors = [{instancePath:instancePath+"/key",schemaPath:"#/oneOf/3/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid24 = _errs116 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.path !== undefined){
let data49 = data.path;
const _errs118 = errors;
if(errors === _errs118){
if(Array.isArray(data49)){
var valid25 = true;
const len5 = data49.length;
for(let i5=0; i5<len5; i5++){
const _errs120 = errors;
if(typeof data49[i5] !== "string"){
validate21.errors = [{instancePath:instancePath+"/path/" + i5,schemaPath:"#/oneOf/3/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs120 === errors;
if(!valid25){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/oneOf/3/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid24 = _errs118 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.specPointer !== undefined){
const _errs122 = errors;
if(typeof data.specPointer !== "string"){
validate21.errors = [{instancePath:instancePath+"/specPointer",schemaPath:"#/oneOf/3/properties/specPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid24 = _errs122 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.note !== undefined){
let data52 = data.note;
const _errs124 = errors;
const _errs125 = errors;
if(errors === _errs125){
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
let missing10;
if(((data52.ru === undefined) && (missing10 = "ru")) || ((data52.en === undefined) && (missing10 = "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs127 = errors;
for(const key9 in data52){
if(!((key9 === "ru") || (key9 === "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs127 === errors){
if(data52.ru !== undefined){
const _errs128 = errors;
if(typeof data52.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs128 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data52.en !== undefined){
const _errs130 = errors;
if(typeof data52.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs130 === errors;
}
else {
var valid27 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid24 = _errs124 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.op !== undefined){
const _errs132 = errors;
if("delete" !== data.op){
validate21.errors = [{instancePath:instancePath+"/op",schemaPath:"#/oneOf/3/properties/op/const",keyword:"const",params:{allowedValue: "delete"},message:"must be equal to constant"}];
return false;
}
var valid24 = _errs132 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.portalId !== undefined){
let data56 = data.portalId;
const _errs133 = errors;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
validate21.errors = [{instancePath:instancePath+"/portalId",schemaPath:"#/oneOf/3/properties/portalId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid24 = _errs133 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.current !== undefined){
let data57 = data.current;
const _errs135 = errors;
if(!(data57 && typeof data57 == "object" && !Array.isArray(data57))){
validate21.errors = [{instancePath:instancePath+"/current",schemaPath:"#/oneOf/3/properties/current/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid24 = _errs135 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.impact !== undefined){
let data58 = data.impact;
const _errs137 = errors;
const _errs138 = errors;
if(errors === _errs138){
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
const _errs140 = errors;
for(const key10 in data58){
if(!(((key10 === "deals") || (key10 === "records")) || (key10 === "entity"))){
validate21.errors = [{instancePath:instancePath+"/impact",schemaPath:"#/$defs/impact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs140 === errors){
if(data58.deals !== undefined){
let data59 = data58.deals;
const _errs141 = errors;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
validate21.errors = [{instancePath:instancePath+"/impact/deals",schemaPath:"#/$defs/impact/properties/deals/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs141){
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
validate21.errors = [{instancePath:instancePath+"/impact/deals",schemaPath:"#/$defs/impact/properties/deals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid29 = _errs141 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data58.records !== undefined){
let data60 = data58.records;
const _errs143 = errors;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
validate21.errors = [{instancePath:instancePath+"/impact/records",schemaPath:"#/$defs/impact/properties/records/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs143){
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 0 || isNaN(data60)){
validate21.errors = [{instancePath:instancePath+"/impact/records",schemaPath:"#/$defs/impact/properties/records/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid29 = _errs143 === errors;
}
else {
var valid29 = true;
}
if(valid29){
if(data58.entity !== undefined){
const _errs145 = errors;
if(typeof data58.entity !== "string"){
validate21.errors = [{instancePath:instancePath+"/impact/entity",schemaPath:"#/$defs/impact/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid29 = _errs145 === errors;
}
else {
var valid29 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/impact",schemaPath:"#/$defs/impact/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid24 = _errs137 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.reason !== undefined){
let data62 = data.reason;
const _errs147 = errors;
if(!(((data62 === "prune") || (data62 === "recreate")) || (data62 === "default-stage"))){
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/oneOf/3/properties/reason/enum",keyword:"enum",params:{allowedValues: schema32.oneOf[3].properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid24 = _errs147 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data.parent !== undefined){
const _errs148 = errors;
if(typeof data.parent !== "string"){
validate21.errors = [{instancePath:instancePath+"/parent",schemaPath:"#/oneOf/3/properties/parent/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid24 = _errs148 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "blocked"){
const _errs150 = errors;
if(errors === _errs150){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((((((((data.id === undefined) && (missing11 = "id")) || ((data.kind === undefined) && (missing11 = "kind"))) || ((data.key === undefined) && (missing11 = "key"))) || ((data.path === undefined) && (missing11 = "path"))) || ((data.op === undefined) && (missing11 = "op"))) || ((data.reason === undefined) && (missing11 = "reason"))) || ((data.wanted === undefined) && (missing11 = "wanted"))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs152 = errors;
for(const key11 in data){
if(!(func1.call(schema32.oneOf[4].properties, key11))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs152 === errors){
if(data.id !== undefined){
let data64 = data.id;
const _errs153 = errors;
if(errors === _errs153){
if(typeof data64 === "string"){
if(func2(data64) < 1){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/4/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/4/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid31 = _errs153 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.kind !== undefined){
let data65 = data.kind;
const _errs155 = errors;
if(errors === _errs155){
if(typeof data65 === "string"){
if(func2(data65) < 1){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/4/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/4/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid31 = _errs155 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.key !== undefined){
const _errs157 = errors;
if(typeof data.key !== "string"){
validate21.errors = [{instancePath:instancePath+"/key",schemaPath:"#/oneOf/4/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid31 = _errs157 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.path !== undefined){
let data67 = data.path;
const _errs159 = errors;
if(errors === _errs159){
if(Array.isArray(data67)){
var valid32 = true;
const len6 = data67.length;
for(let i6=0; i6<len6; i6++){
const _errs161 = errors;
if(typeof data67[i6] !== "string"){
validate21.errors = [{instancePath:instancePath+"/path/" + i6,schemaPath:"#/oneOf/4/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid32 = _errs161 === errors;
if(!valid32){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/oneOf/4/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid31 = _errs159 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.specPointer !== undefined){
const _errs163 = errors;
if(typeof data.specPointer !== "string"){
validate21.errors = [{instancePath:instancePath+"/specPointer",schemaPath:"#/oneOf/4/properties/specPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid31 = _errs163 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.note !== undefined){
let data70 = data.note;
const _errs165 = errors;
const _errs166 = errors;
if(errors === _errs166){
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
let missing12;
if(((data70.ru === undefined) && (missing12 = "ru")) || ((data70.en === undefined) && (missing12 = "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
const _errs168 = errors;
for(const key12 in data70){
if(!((key12 === "ru") || (key12 === "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs168 === errors){
if(data70.ru !== undefined){
const _errs169 = errors;
if(typeof data70.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid34 = _errs169 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data70.en !== undefined){
const _errs171 = errors;
if(typeof data70.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid34 = _errs171 === errors;
}
else {
var valid34 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs165 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.op !== undefined){
const _errs173 = errors;
if("blocked" !== data.op){
validate21.errors = [{instancePath:instancePath+"/op",schemaPath:"#/oneOf/4/properties/op/const",keyword:"const",params:{allowedValue: "blocked"},message:"must be equal to constant"}];
return false;
}
var valid31 = _errs173 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.reason !== undefined){
let data74 = data.reason;
const _errs174 = errors;
const _errs175 = errors;
if(errors === _errs175){
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
let missing13;
if(((data74.ru === undefined) && (missing13 = "ru")) || ((data74.en === undefined) && (missing13 = "en"))){
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs177 = errors;
for(const key13 in data74){
if(!((key13 === "ru") || (key13 === "en"))){
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs177 === errors){
if(data74.ru !== undefined){
const _errs178 = errors;
if(typeof data74.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/reason/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid36 = _errs178 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data74.en !== undefined){
const _errs180 = errors;
if(typeof data74.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/reason/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid36 = _errs180 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs174 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.hint !== undefined){
let data77 = data.hint;
const _errs182 = errors;
const _errs183 = errors;
if(errors === _errs183){
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
let missing14;
if(((data77.ru === undefined) && (missing14 = "ru")) || ((data77.en === undefined) && (missing14 = "en"))){
validate21.errors = [{instancePath:instancePath+"/hint",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
const _errs185 = errors;
for(const key14 in data77){
if(!((key14 === "ru") || (key14 === "en"))){
validate21.errors = [{instancePath:instancePath+"/hint",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs185 === errors){
if(data77.ru !== undefined){
const _errs186 = errors;
if(typeof data77.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/hint/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid38 = _errs186 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data77.en !== undefined){
const _errs188 = errors;
if(typeof data77.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/hint/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid38 = _errs188 === errors;
}
else {
var valid38 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/hint",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs182 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.wanted !== undefined){
let data80 = data.wanted;
const _errs190 = errors;
if(!((((data80 === "create") || (data80 === "update")) || (data80 === "delete")) || (data80 === "recreate"))){
validate21.errors = [{instancePath:instancePath+"/wanted",schemaPath:"#/oneOf/4/properties/wanted/enum",keyword:"enum",params:{allowedValues: schema32.oneOf[4].properties.wanted.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid31 = _errs190 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.diffs !== undefined){
let data81 = data.diffs;
const _errs191 = errors;
if(errors === _errs191){
if(Array.isArray(data81)){
var valid39 = true;
const len7 = data81.length;
for(let i7=0; i7<len7; i7++){
let data82 = data81[i7];
const _errs193 = errors;
const _errs194 = errors;
if(errors === _errs194){
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
let missing15;
if((data82.field === undefined) && (missing15 = "field")){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i7,schemaPath:"#/$defs/fieldDiff/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs196 = errors;
for(const key15 in data82){
if(!(((key15 === "field") || (key15 === "before")) || (key15 === "after"))){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i7,schemaPath:"#/$defs/fieldDiff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs196 === errors){
if(data82.field !== undefined){
if(typeof data82.field !== "string"){
validate21.errors = [{instancePath:instancePath+"/diffs/" + i7+"/field",schemaPath:"#/$defs/fieldDiff/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/diffs/" + i7,schemaPath:"#/$defs/fieldDiff/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid39 = _errs193 === errors;
if(!valid39){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/diffs",schemaPath:"#/oneOf/4/properties/diffs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid31 = _errs191 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.impact !== undefined){
let data84 = data.impact;
const _errs199 = errors;
const _errs200 = errors;
if(errors === _errs200){
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
const _errs202 = errors;
for(const key16 in data84){
if(!(((key16 === "deals") || (key16 === "records")) || (key16 === "entity"))){
validate21.errors = [{instancePath:instancePath+"/impact",schemaPath:"#/$defs/impact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs202 === errors){
if(data84.deals !== undefined){
let data85 = data84.deals;
const _errs203 = errors;
if(!(((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85))) && (isFinite(data85)))){
validate21.errors = [{instancePath:instancePath+"/impact/deals",schemaPath:"#/$defs/impact/properties/deals/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs203){
if((typeof data85 == "number") && (isFinite(data85))){
if(data85 < 0 || isNaN(data85)){
validate21.errors = [{instancePath:instancePath+"/impact/deals",schemaPath:"#/$defs/impact/properties/deals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid43 = _errs203 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data84.records !== undefined){
let data86 = data84.records;
const _errs205 = errors;
if(!(((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86))) && (isFinite(data86)))){
validate21.errors = [{instancePath:instancePath+"/impact/records",schemaPath:"#/$defs/impact/properties/records/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs205){
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 < 0 || isNaN(data86)){
validate21.errors = [{instancePath:instancePath+"/impact/records",schemaPath:"#/$defs/impact/properties/records/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid43 = _errs205 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data84.entity !== undefined){
const _errs207 = errors;
if(typeof data84.entity !== "string"){
validate21.errors = [{instancePath:instancePath+"/impact/entity",schemaPath:"#/$defs/impact/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid43 = _errs207 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/impact",schemaPath:"#/$defs/impact/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid31 = _errs199 === errors;
}
else {
var valid31 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "manual"){
const _errs209 = errors;
if(errors === _errs209){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((((((((data.id === undefined) && (missing16 = "id")) || ((data.kind === undefined) && (missing16 = "kind"))) || ((data.key === undefined) && (missing16 = "key"))) || ((data.path === undefined) && (missing16 = "path"))) || ((data.op === undefined) && (missing16 = "op"))) || ((data.reason === undefined) && (missing16 = "reason"))) || ((data.summary === undefined) && (missing16 = "summary"))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
const _errs211 = errors;
for(const key17 in data){
if(!(func1.call(schema32.oneOf[5].properties, key17))){
validate21.errors = [{instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs211 === errors){
if(data.id !== undefined){
let data88 = data.id;
const _errs212 = errors;
if(errors === _errs212){
if(typeof data88 === "string"){
if(func2(data88) < 1){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/5/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/oneOf/5/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid45 = _errs212 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.kind !== undefined){
let data89 = data.kind;
const _errs214 = errors;
if(errors === _errs214){
if(typeof data89 === "string"){
if(func2(data89) < 1){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/5/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/5/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid45 = _errs214 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.key !== undefined){
const _errs216 = errors;
if(typeof data.key !== "string"){
validate21.errors = [{instancePath:instancePath+"/key",schemaPath:"#/oneOf/5/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid45 = _errs216 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.path !== undefined){
let data91 = data.path;
const _errs218 = errors;
if(errors === _errs218){
if(Array.isArray(data91)){
var valid46 = true;
const len8 = data91.length;
for(let i8=0; i8<len8; i8++){
const _errs220 = errors;
if(typeof data91[i8] !== "string"){
validate21.errors = [{instancePath:instancePath+"/path/" + i8,schemaPath:"#/oneOf/5/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid46 = _errs220 === errors;
if(!valid46){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/path",schemaPath:"#/oneOf/5/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid45 = _errs218 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.specPointer !== undefined){
const _errs222 = errors;
if(typeof data.specPointer !== "string"){
validate21.errors = [{instancePath:instancePath+"/specPointer",schemaPath:"#/oneOf/5/properties/specPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid45 = _errs222 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.note !== undefined){
let data94 = data.note;
const _errs224 = errors;
const _errs225 = errors;
if(errors === _errs225){
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
let missing17;
if(((data94.ru === undefined) && (missing17 = "ru")) || ((data94.en === undefined) && (missing17 = "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
return false;
}
else {
const _errs227 = errors;
for(const key18 in data94){
if(!((key18 === "ru") || (key18 === "en"))){
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs227 === errors){
if(data94.ru !== undefined){
const _errs228 = errors;
if(typeof data94.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid48 = _errs228 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.en !== undefined){
const _errs230 = errors;
if(typeof data94.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/note/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid48 = _errs230 === errors;
}
else {
var valid48 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid45 = _errs224 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.op !== undefined){
const _errs232 = errors;
if("manual" !== data.op){
validate21.errors = [{instancePath:instancePath+"/op",schemaPath:"#/oneOf/5/properties/op/const",keyword:"const",params:{allowedValue: "manual"},message:"must be equal to constant"}];
return false;
}
var valid45 = _errs232 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.reason !== undefined){
let data98 = data.reason;
const _errs233 = errors;
const _errs234 = errors;
if(errors === _errs234){
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
let missing18;
if(((data98.ru === undefined) && (missing18 = "ru")) || ((data98.en === undefined) && (missing18 = "en"))){
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
return false;
}
else {
const _errs236 = errors;
for(const key19 in data98){
if(!((key19 === "ru") || (key19 === "en"))){
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs236 === errors){
if(data98.ru !== undefined){
const _errs237 = errors;
if(typeof data98.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/reason/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid50 = _errs237 === errors;
}
else {
var valid50 = true;
}
if(valid50){
if(data98.en !== undefined){
const _errs239 = errors;
if(typeof data98.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/reason/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid50 = _errs239 === errors;
}
else {
var valid50 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid45 = _errs233 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.summary !== undefined){
let data101 = data.summary;
const _errs241 = errors;
const _errs242 = errors;
if(errors === _errs242){
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
let missing19;
if(((data101.ru === undefined) && (missing19 = "ru")) || ((data101.en === undefined) && (missing19 = "en"))){
validate21.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
return false;
}
else {
const _errs244 = errors;
for(const key20 in data101){
if(!((key20 === "ru") || (key20 === "en"))){
validate21.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs244 === errors){
if(data101.ru !== undefined){
const _errs245 = errors;
if(typeof data101.ru !== "string"){
validate21.errors = [{instancePath:instancePath+"/summary/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid52 = _errs245 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data101.en !== undefined){
const _errs247 = errors;
if(typeof data101.en !== "string"){
validate21.errors = [{instancePath:instancePath+"/summary/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid52 = _errs247 === errors;
}
else {
var valid52 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid45 = _errs241 === errors;
}
else {
var valid45 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "op", tagValue: tag0},message:"value of tag \"op\" must be in oneOf"}];
return false;
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "op", tagValue: tag0},message:"tag \"op\" must be string"}];
return false;
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://b24cfg.dev/schema/plan-v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.formatVersion === undefined) && (missing0 = "formatVersion")) || ((data.tool === undefined) && (missing0 = "tool"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.spec === undefined) && (missing0 = "spec"))) || ((data.portal === undefined) && (missing0 = "portal"))) || ((data.options === undefined) && (missing0 = "options"))) || ((data.changes === undefined) && (missing0 = "changes"))) || ((data.kept === undefined) && (missing0 = "kept"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.formatVersion !== undefined){
const _errs2 = errors;
if(1 !== data.formatVersion){
validate20.errors = [{instancePath:instancePath+"/formatVersion",schemaPath:"#/properties/formatVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool !== undefined){
let data1 = data.tool;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate20.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/pattern",keyword:"pattern",params:{pattern: "^b24cfg@"},message:"must match pattern \""+"^b24cfg@"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
validate20.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spec !== undefined){
let data3 = data.spec;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.file === undefined) && (missing1 = "file")) || ((data3.hash === undefined) && (missing1 = "hash"))){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data3){
if(!((key1 === "file") || (key1 === "hash"))){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data3.file !== undefined){
let data4 = data3.file;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate20.errors = [{instancePath:instancePath+"/spec/file",schemaPath:"#/properties/spec/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/file",schemaPath:"#/properties/spec/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.hash !== undefined){
let data5 = data3.hash;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate20.errors = [{instancePath:instancePath+"/spec/hash",schemaPath:"#/properties/spec/properties/hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/hash",schemaPath:"#/properties/spec/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.portal !== undefined){
let data6 = data.portal;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((((data6.host === undefined) && (missing2 = "host")) || ((data6.kind === undefined) && (missing2 = "kind"))) || ((data6.fingerprint === undefined) && (missing2 = "fingerprint"))){
validate20.errors = [{instancePath:instancePath+"/portal",schemaPath:"#/properties/portal/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key2 in data6){
if(!((((key2 === "host") || (key2 === "identity")) || (key2 === "kind")) || (key2 === "fingerprint"))){
validate20.errors = [{instancePath:instancePath+"/portal",schemaPath:"#/properties/portal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.host !== undefined){
let data7 = data6.host;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate20.errors = [{instancePath:instancePath+"/portal/host",schemaPath:"#/properties/portal/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/portal/host",schemaPath:"#/properties/portal/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.identity !== undefined){
let data8 = data6.identity;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data8 === "string"){
if(func2(data8) < 1){
validate20.errors = [{instancePath:instancePath+"/portal/identity",schemaPath:"#/properties/portal/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/portal/identity",schemaPath:"#/properties/portal/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.kind !== undefined){
let data9 = data6.kind;
const _errs21 = errors;
if(!((data9 === "http") || (data9 === "sandbox"))){
validate20.errors = [{instancePath:instancePath+"/portal/kind",schemaPath:"#/properties/portal/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.portal.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.fingerprint !== undefined){
let data10 = data6.fingerprint;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate20.errors = [{instancePath:instancePath+"/portal/fingerprint",schemaPath:"#/properties/portal/properties/fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/portal/fingerprint",schemaPath:"#/properties/portal/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/portal",schemaPath:"#/properties/portal/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.options !== undefined){
let data11 = data.options;
const _errs24 = errors;
if(errors === _errs24){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((((data11.prune === undefined) && (missing3 = "prune")) || ((data11.allowDataLoss === undefined) && (missing3 = "allowDataLoss"))) || ((data11.pruneInSpec === undefined) && (missing3 = "pruneInSpec"))){
validate20.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs26 = errors;
for(const key3 in data11){
if(!((((key3 === "prune") || (key3 === "allowDataLoss")) || (key3 === "allowStructureChanges")) || (key3 === "pruneInSpec"))){
validate20.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data11.prune !== undefined){
const _errs27 = errors;
if(typeof data11.prune !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/options/prune",schemaPath:"#/properties/options/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data11.allowDataLoss !== undefined){
const _errs29 = errors;
if(typeof data11.allowDataLoss !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/options/allowDataLoss",schemaPath:"#/properties/options/properties/allowDataLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data11.allowStructureChanges !== undefined){
const _errs31 = errors;
if(typeof data11.allowStructureChanges !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/options/allowStructureChanges",schemaPath:"#/properties/options/properties/allowStructureChanges/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data11.pruneInSpec !== undefined){
const _errs33 = errors;
if(typeof data11.pruneInSpec !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/options/pruneInSpec",schemaPath:"#/properties/options/properties/pruneInSpec/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.changes !== undefined){
let data16 = data.changes;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data16)){
var valid4 = true;
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
const _errs37 = errors;
if(!(validate21(data16[i0], {instancePath:instancePath+"/changes/" + i0,parentData:data16,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid4 = _errs37 === errors;
if(!valid4){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kept !== undefined){
let data18 = data.kept;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data18)){
var valid5 = true;
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing4;
if(((((data19.kind === undefined) && (missing4 = "kind")) || ((data19.key === undefined) && (missing4 = "key"))) || ((data19.path === undefined) && (missing4 = "path"))) || ((data19.why === undefined) && (missing4 = "why"))){
validate20.errors = [{instancePath:instancePath+"/kept/" + i1,schemaPath:"#/$defs/kept/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs43 = errors;
for(const key4 in data19){
if(!((((key4 === "kind") || (key4 === "key")) || (key4 === "path")) || (key4 === "why"))){
validate20.errors = [{instancePath:instancePath+"/kept/" + i1,schemaPath:"#/$defs/kept/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs43 === errors){
if(data19.kind !== undefined){
let data20 = data19.kind;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data20 === "string"){
if(func2(data20) < 1){
validate20.errors = [{instancePath:instancePath+"/kept/" + i1+"/kind",schemaPath:"#/$defs/kept/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kept/" + i1+"/kind",schemaPath:"#/$defs/kept/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs44 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data19.key !== undefined){
const _errs46 = errors;
if(typeof data19.key !== "string"){
validate20.errors = [{instancePath:instancePath+"/kept/" + i1+"/key",schemaPath:"#/$defs/kept/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs46 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data19.path !== undefined){
let data22 = data19.path;
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data22)){
var valid8 = true;
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
const _errs50 = errors;
if(typeof data22[i2] !== "string"){
validate20.errors = [{instancePath:instancePath+"/kept/" + i1+"/path/" + i2,schemaPath:"#/$defs/kept/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs50 === errors;
if(!valid8){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kept/" + i1+"/path",schemaPath:"#/$defs/kept/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs48 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data19.why !== undefined){
let data24 = data19.why;
const _errs52 = errors;
if(!((((data24 === "not-in-spec") || (data24 === "system")) || (data24 === "protected")) || (data24 === "has-data"))){
validate20.errors = [{instancePath:instancePath+"/kept/" + i1+"/why",schemaPath:"#/$defs/kept/properties/why/enum",keyword:"enum",params:{allowedValues: schema48.properties.why.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs52 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kept/" + i1,schemaPath:"#/$defs/kept/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs40 === errors;
if(!valid5){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kept",schemaPath:"#/properties/kept/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data25 = data.summary;
const _errs53 = errors;
if(errors === _errs53){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing5;
if(((((((data25.create === undefined) && (missing5 = "create")) || ((data25.update === undefined) && (missing5 = "update"))) || ((data25.rename === undefined) && (missing5 = "rename"))) || ((data25.delete === undefined) && (missing5 = "delete"))) || ((data25.blocked === undefined) && (missing5 = "blocked"))) || ((data25.manual === undefined) && (missing5 = "manual"))){
validate20.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs55 = errors;
for(const key5 in data25){
if(!((((((key5 === "create") || (key5 === "update")) || (key5 === "rename")) || (key5 === "delete")) || (key5 === "blocked")) || (key5 === "manual"))){
validate20.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs55 === errors){
if(data25.create !== undefined){
let data26 = data25.create;
const _errs56 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
validate20.errors = [{instancePath:instancePath+"/summary/create",schemaPath:"#/properties/summary/properties/create/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs56){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
validate20.errors = [{instancePath:instancePath+"/summary/create",schemaPath:"#/properties/summary/properties/create/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs56 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data25.update !== undefined){
let data27 = data25.update;
const _errs58 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate20.errors = [{instancePath:instancePath+"/summary/update",schemaPath:"#/properties/summary/properties/update/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs58){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
validate20.errors = [{instancePath:instancePath+"/summary/update",schemaPath:"#/properties/summary/properties/update/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs58 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data25.rename !== undefined){
let data28 = data25.rename;
const _errs60 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate20.errors = [{instancePath:instancePath+"/summary/rename",schemaPath:"#/properties/summary/properties/rename/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs60){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
validate20.errors = [{instancePath:instancePath+"/summary/rename",schemaPath:"#/properties/summary/properties/rename/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs60 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data25.delete !== undefined){
let data29 = data25.delete;
const _errs62 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate20.errors = [{instancePath:instancePath+"/summary/delete",schemaPath:"#/properties/summary/properties/delete/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs62){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
validate20.errors = [{instancePath:instancePath+"/summary/delete",schemaPath:"#/properties/summary/properties/delete/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs62 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data25.blocked !== undefined){
let data30 = data25.blocked;
const _errs64 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
validate20.errors = [{instancePath:instancePath+"/summary/blocked",schemaPath:"#/properties/summary/properties/blocked/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs64){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
validate20.errors = [{instancePath:instancePath+"/summary/blocked",schemaPath:"#/properties/summary/properties/blocked/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs64 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data25.manual !== undefined){
let data31 = data25.manual;
const _errs66 = errors;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
validate20.errors = [{instancePath:instancePath+"/summary/manual",schemaPath:"#/properties/summary/properties/manual/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs66){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
validate20.errors = [{instancePath:instancePath+"/summary/manual",schemaPath:"#/properties/summary/properties/manual/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs66 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manualCheck !== undefined){
let data32 = data.manualCheck;
const _errs68 = errors;
if(errors === _errs68){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
let missing6;
if((((data32.archive === undefined) && (missing6 = "archive")) || ((data32.items === undefined) && (missing6 = "items"))) || ((data32.counts === undefined) && (missing6 = "counts"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck",schemaPath:"#/properties/manualCheck/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs70 = errors;
for(const key6 in data32){
if(!(((key6 === "archive") || (key6 === "items")) || (key6 === "counts"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck",schemaPath:"#/properties/manualCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs70 === errors){
if(data32.archive !== undefined){
let data33 = data32.archive;
const _errs71 = errors;
if(errors === _errs71){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
let missing7;
if(((((data33.file === undefined) && (missing7 = "file")) || ((data33.manifest === undefined) && (missing7 = "manifest"))) || ((data33.writtenAt === undefined) && (missing7 = "writtenAt"))) || ((data33.ageDays === undefined) && (missing7 = "ageDays"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive",schemaPath:"#/properties/manualCheck/properties/archive/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs73 = errors;
for(const key7 in data33){
if(!((((key7 === "file") || (key7 === "manifest")) || (key7 === "writtenAt")) || (key7 === "ageDays"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive",schemaPath:"#/properties/manualCheck/properties/archive/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs73 === errors){
if(data33.file !== undefined){
const _errs74 = errors;
if(typeof data33.file !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/file",schemaPath:"#/properties/manualCheck/properties/archive/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs74 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data33.manifest !== undefined){
let data35 = data33.manifest;
const _errs76 = errors;
if(errors === _errs76){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
let missing8;
if(((data35.code === undefined) && (missing8 = "code")) || ((data35.version === undefined) && (missing8 = "version"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/manifest",schemaPath:"#/properties/manualCheck/properties/archive/properties/manifest/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs78 = errors;
for(const key8 in data35){
if(!((key8 === "code") || (key8 === "version"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/manifest",schemaPath:"#/properties/manualCheck/properties/archive/properties/manifest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs78 === errors){
if(data35.code !== undefined){
const _errs79 = errors;
if(typeof data35.code !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/manifest/code",schemaPath:"#/properties/manualCheck/properties/archive/properties/manifest/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs79 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data35.version !== undefined){
let data37 = data35.version;
const _errs81 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/manifest/version",schemaPath:"#/properties/manualCheck/properties/archive/properties/manifest/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid12 = _errs81 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/manifest",schemaPath:"#/properties/manualCheck/properties/archive/properties/manifest/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs76 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data33.writtenAt !== undefined){
let data38 = data33.writtenAt;
const _errs83 = errors;
if((typeof data38 !== "string") && (data38 !== null)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/writtenAt",schemaPath:"#/properties/manualCheck/properties/archive/properties/writtenAt/type",keyword:"type",params:{type: schema31.properties.manualCheck.properties.archive.properties.writtenAt.type},message:"must be string,null"}];
return false;
}
var valid11 = _errs83 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data33.ageDays !== undefined){
let data39 = data33.ageDays;
const _errs85 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/ageDays",schemaPath:"#/properties/manualCheck/properties/archive/properties/ageDays/type",keyword:"type",params:{type: schema31.properties.manualCheck.properties.archive.properties.ageDays.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs85){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive/ageDays",schemaPath:"#/properties/manualCheck/properties/archive/properties/ageDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid11 = _errs85 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/archive",schemaPath:"#/properties/manualCheck/properties/archive/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs71 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data32.items !== undefined){
let data40 = data32.items;
const _errs87 = errors;
if(errors === _errs87){
if(Array.isArray(data40)){
var valid13 = true;
const len3 = data40.length;
for(let i3=0; i3<len3; i3++){
let data41 = data40[i3];
const _errs89 = errors;
if(errors === _errs89){
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
let missing9;
if(((((data41.id === undefined) && (missing9 = "id")) || ((data41.path === undefined) && (missing9 = "path"))) || ((data41.status === undefined) && (missing9 = "status"))) || ((data41.differences === undefined) && (missing9 = "differences"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3,schemaPath:"#/properties/manualCheck/properties/items/items/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs91 = errors;
for(const key9 in data41){
if(!(((((((key9 === "id") || (key9 === "path")) || (key9 === "status")) || (key9 === "differences")) || (key9 === "reason")) || (key9 === "detail")) || (key9 === "found"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3,schemaPath:"#/properties/manualCheck/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs91 === errors){
if(data41.id !== undefined){
let data42 = data41.id;
const _errs92 = errors;
if(errors === _errs92){
if(typeof data42 === "string"){
if(func2(data42) < 1){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/id",schemaPath:"#/properties/manualCheck/properties/items/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/id",schemaPath:"#/properties/manualCheck/properties/items/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs92 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data41.path !== undefined){
let data43 = data41.path;
const _errs94 = errors;
if(errors === _errs94){
if(Array.isArray(data43)){
var valid15 = true;
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
const _errs96 = errors;
if(typeof data43[i4] !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/path/" + i4,schemaPath:"#/properties/manualCheck/properties/items/items/properties/path/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs96 === errors;
if(!valid15){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/path",schemaPath:"#/properties/manualCheck/properties/items/items/properties/path/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs94 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data41.status !== undefined){
let data45 = data41.status;
const _errs98 = errors;
if(!(((((data45 === "matches") || (data45 === "differs")) || (data45 === "portal_only")) || (data45 === "not_in_archive")) || (data45 === "unprovable"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/status",schemaPath:"#/properties/manualCheck/properties/items/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.manualCheck.properties.items.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs98 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data41.differences !== undefined){
let data46 = data41.differences;
const _errs99 = errors;
if(errors === _errs99){
if(Array.isArray(data46)){
var valid16 = true;
const len5 = data46.length;
for(let i5=0; i5<len5; i5++){
let data47 = data46[i5];
const _errs101 = errors;
if(errors === _errs101){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
let missing10;
if((((data47.field === undefined) && (missing10 = "field")) || ((data47.expected === undefined) && (missing10 = "expected"))) || ((data47.actual === undefined) && (missing10 = "actual"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences/" + i5,schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs103 = errors;
for(const key10 in data47){
if(!((((key10 === "field") || (key10 === "expected")) || (key10 === "actual")) || (key10 === "unresolved"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences/" + i5,schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs103 === errors){
if(data47.field !== undefined){
const _errs104 = errors;
if(typeof data47.field !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences/" + i5+"/field",schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs104 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data47.expected !== undefined){
const _errs106 = errors;
if(typeof data47.expected !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences/" + i5+"/expected",schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/items/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs106 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data47.actual !== undefined){
const _errs108 = errors;
if(typeof data47.actual !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences/" + i5+"/actual",schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/items/properties/actual/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs108 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data47.unresolved !== undefined){
const _errs110 = errors;
if(true !== data47.unresolved){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences/" + i5+"/unresolved",schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/items/properties/unresolved/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid17 = _errs110 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences/" + i5,schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs101 === errors;
if(!valid16){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/differences",schemaPath:"#/properties/manualCheck/properties/items/items/properties/differences/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs99 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data41.reason !== undefined){
const _errs111 = errors;
if(typeof data41.reason !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/reason",schemaPath:"#/properties/manualCheck/properties/items/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs111 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data41.detail !== undefined){
const _errs113 = errors;
if(typeof data41.detail !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/detail",schemaPath:"#/properties/manualCheck/properties/items/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs113 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data41.found !== undefined){
let data54 = data41.found;
const _errs115 = errors;
const _errs116 = errors;
if(errors === _errs116){
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
let missing11;
if(((data54.ru === undefined) && (missing11 = "ru")) || ((data54.en === undefined) && (missing11 = "en"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/found",schemaPath:"#/$defs/text/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs118 = errors;
for(const key11 in data54){
if(!((key11 === "ru") || (key11 === "en"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/found",schemaPath:"#/$defs/text/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs118 === errors){
if(data54.ru !== undefined){
const _errs119 = errors;
if(typeof data54.ru !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/found/ru",schemaPath:"#/$defs/text/properties/ru/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs119 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data54.en !== undefined){
const _errs121 = errors;
if(typeof data54.en !== "string"){
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/found/en",schemaPath:"#/$defs/text/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs121 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3+"/found",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs115 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/items/" + i3,schemaPath:"#/properties/manualCheck/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs89 === errors;
if(!valid13){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/items",schemaPath:"#/properties/manualCheck/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs87 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data32.counts !== undefined){
let data57 = data32.counts;
const _errs123 = errors;
if(errors === _errs123){
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
let missing12;
if((((((data57.matches === undefined) && (missing12 = "matches")) || ((data57.differs === undefined) && (missing12 = "differs"))) || ((data57.portal_only === undefined) && (missing12 = "portal_only"))) || ((data57.not_in_archive === undefined) && (missing12 = "not_in_archive"))) || ((data57.unprovable === undefined) && (missing12 = "unprovable"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts",schemaPath:"#/properties/manualCheck/properties/counts/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
const _errs125 = errors;
for(const key12 in data57){
if(!(((((key12 === "matches") || (key12 === "differs")) || (key12 === "portal_only")) || (key12 === "not_in_archive")) || (key12 === "unprovable"))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts",schemaPath:"#/properties/manualCheck/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs125 === errors){
if(data57.matches !== undefined){
let data58 = data57.matches;
const _errs126 = errors;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/matches",schemaPath:"#/properties/manualCheck/properties/counts/properties/matches/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs126){
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 0 || isNaN(data58)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/matches",schemaPath:"#/properties/manualCheck/properties/counts/properties/matches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs126 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data57.differs !== undefined){
let data59 = data57.differs;
const _errs128 = errors;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/differs",schemaPath:"#/properties/manualCheck/properties/counts/properties/differs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs128){
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/differs",schemaPath:"#/properties/manualCheck/properties/counts/properties/differs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs128 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data57.portal_only !== undefined){
let data60 = data57.portal_only;
const _errs130 = errors;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/portal_only",schemaPath:"#/properties/manualCheck/properties/counts/properties/portal_only/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs130){
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 0 || isNaN(data60)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/portal_only",schemaPath:"#/properties/manualCheck/properties/counts/properties/portal_only/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs130 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data57.not_in_archive !== undefined){
let data61 = data57.not_in_archive;
const _errs132 = errors;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/not_in_archive",schemaPath:"#/properties/manualCheck/properties/counts/properties/not_in_archive/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs132){
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 0 || isNaN(data61)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/not_in_archive",schemaPath:"#/properties/manualCheck/properties/counts/properties/not_in_archive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs132 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data57.unprovable !== undefined){
let data62 = data57.unprovable;
const _errs134 = errors;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/unprovable",schemaPath:"#/properties/manualCheck/properties/counts/properties/unprovable/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs134){
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts/unprovable",schemaPath:"#/properties/manualCheck/properties/counts/properties/unprovable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs134 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck/counts",schemaPath:"#/properties/manualCheck/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs123 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/manualCheck",schemaPath:"#/properties/manualCheck/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
