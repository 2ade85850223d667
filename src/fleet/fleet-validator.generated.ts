/* Generated from src/fleet/fleet.schema.json by `npm run gen:validator` (ajv standalone code). Do not edit by hand. */
// @ts-nocheck
/* eslint-disable */
import __ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const __ucs2length = __ucs2lengthModule.default ?? __ucs2lengthModule;
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://b24cfg.dev/schema/fleet-v1.json","title":"Fleet","description":"The client portals b24cfg audits or plans as one job (`b24cfg fleet audit|plan fleet.yaml`). A webhook secret is never written here: name a portal by a profile, by ${env:NAME}, or as sandbox:<file>.","type":"object","additionalProperties":false,"required":["version","portals"],"properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"The format version of the fleet file."},"defaults":{"type":"object","description":"What a portal that does not say otherwise takes.","additionalProperties":false,"properties":{"spec":{"$ref":"#/$defs/specPath"},"tier":{"$ref":"#/$defs/tier"},"labels":{"$ref":"#/$defs/labels"}}},"portals":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/portal"}}},"$defs":{"portal":{"type":"object","additionalProperties":false,"required":["name","portal"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$","description":"Unique in the fleet: the key of the portal in every result and in the history folder (letters, digits, _ . -)."},"portal":{"type":"string","minLength":1,"description":"A profile name (b24cfg profile add), ${env:NAME} holding the webhook URL, sandbox or sandbox:<state.json> (relative to the fleet file)."},"spec":{"$ref":"#/$defs/specPath"},"tier":{"$ref":"#/$defs/tier"},"labels":{"$ref":"#/$defs/labels"}}},"specPath":{"type":"string","minLength":1,"description":"The portal's spec, relative to the fleet file."},"tier":{"enum":["auto","standard","enterprise"],"description":"The portal's rate-limit plan; auto reads it from the portal when the pace starts to matter."},"labels":{"type":"object","description":"Free labels (client, region, manager …): shown in every result, filters of the dashboard.","propertyNames":{"pattern":"^[A-Za-z0-9_.-]{1,40}$"},"additionalProperties":{"type":["string","number","boolean"]}}}};
const schema32 = {"type":"string","minLength":1,"description":"The portal's spec, relative to the fleet file."};
const schema33 = {"enum":["auto","standard","enterprise"],"description":"The portal's rate-limit plan; auto reads it from the portal when the pace starts to matter."};
const schema34 = {"type":"object","description":"Free labels (client, region, manager …): shown in every result, filters of the dashboard.","propertyNames":{"pattern":"^[A-Za-z0-9_.-]{1,40}$"},"additionalProperties":{"type":["string","number","boolean"]}};
const func1 = __ucs2length;
const pattern4 = new RegExp("^[A-Za-z0-9_.-]{1,40}$", "u");
const schema35 = {"type":"object","additionalProperties":false,"required":["name","portal"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$","description":"Unique in the fleet: the key of the portal in every result and in the history folder (letters, digits, _ . -)."},"portal":{"type":"string","minLength":1,"description":"A profile name (b24cfg profile add), ${env:NAME} holding the webhook URL, sandbox or sandbox:<state.json> (relative to the fleet file)."},"spec":{"$ref":"#/$defs/specPath"},"tier":{"$ref":"#/$defs/tier"},"labels":{"$ref":"#/$defs/labels"}}};
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", "u");

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
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.portal === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portal"},message:"must have required property '"+"portal"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "portal")) || (key0 === "spec")) || (key0 === "tier")) || (key0 === "labels"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",parentSchema:schema35.properties.name,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.type,parentSchema:schema35.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.portal !== undefined){
let data1 = data.portal;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/portal",schemaPath:"#/properties/portal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.portal,data:data1};
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
const err6 = {instancePath:instancePath+"/portal",schemaPath:"#/properties/portal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.portal.type,parentSchema:schema35.properties.portal,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.spec !== undefined){
let data2 = data.spec;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/$defs/specPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data2};
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
const err8 = {instancePath:instancePath+"/spec",schemaPath:"#/$defs/specPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tier !== undefined){
let data3 = data.tier;
if(!(((data3 === "auto") || (data3 === "standard")) || (data3 === "enterprise"))){
const err9 = {instancePath:instancePath+"/tier",schemaPath:"#/$defs/tier/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.labels !== undefined){
let data4 = data.labels;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs14 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_.-]{1,40}$",parentSchema:schema34.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema34.propertyNames,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (typeof data5 !== "boolean")){
const err12 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/labels/additionalProperties/type",keyword:"type",params:{type: schema34.additionalProperties.type},message:"must be string,number,boolean",schema:schema34.additionalProperties.type,parentSchema:schema34.additionalProperties,data:data5};
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
const err13 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data4};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://b24cfg.dev/schema/fleet-v1.json" */;
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
if(data.portals === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portals"},message:"must have required property '"+"portals"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "$schema") || (key0 === "version")) || (key0 === "defaults")) || (key0 === "portals"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(1 !== data1){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaults !== undefined){
let data2 = data.defaults;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((key1 === "spec") || (key1 === "tier")) || (key1 === "labels"))){
const err5 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.defaults,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.spec !== undefined){
let data3 = data2.spec;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err6 = {instancePath:instancePath+"/defaults/spec",schemaPath:"#/$defs/specPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data3};
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
const err7 = {instancePath:instancePath+"/defaults/spec",schemaPath:"#/$defs/specPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.tier !== undefined){
let data4 = data2.tier;
if(!(((data4 === "auto") || (data4 === "standard")) || (data4 === "enterprise"))){
const err8 = {instancePath:instancePath+"/defaults/tier",schemaPath:"#/$defs/tier/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.labels !== undefined){
let data5 = data2.labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs16 = errors;
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
const err9 = {instancePath:instancePath+"/defaults/labels",schemaPath:"#/$defs/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_.-]{1,40}$",parentSchema:schema34.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid5 = _errs16 === errors;
if(!valid5){
const err10 = {instancePath:instancePath+"/defaults/labels",schemaPath:"#/$defs/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema34.propertyNames,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
const err11 = {instancePath:instancePath+"/defaults/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/labels/additionalProperties/type",keyword:"type",params:{type: schema34.additionalProperties.type},message:"must be string,number,boolean",schema:schema34.additionalProperties.type,parentSchema:schema34.additionalProperties,data:data6};
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
const err12 = {instancePath:instancePath+"/defaults/labels",schemaPath:"#/$defs/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data5};
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
const err13 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.defaults.type,parentSchema:schema31.properties.defaults,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.portals !== undefined){
let data7 = data.portals;
if(Array.isArray(data7)){
if(data7.length < 1){
const err14 = {instancePath:instancePath+"/portals",schemaPath:"#/properties/portals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.portals,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data7[i0], {instancePath:instancePath+"/portals/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/portals",schemaPath:"#/properties/portals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.portals.type,parentSchema:schema31.properties.portals,data:data7};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
