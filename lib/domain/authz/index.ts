export { can } from "./can";
export { isPermission, type Permission, PERMISSION_TABLE, PERMISSIONS } from "./permissions";
export { type Actor, type AuthzTarget, type Id, type Role, ROLES, type Scope } from "./types";
