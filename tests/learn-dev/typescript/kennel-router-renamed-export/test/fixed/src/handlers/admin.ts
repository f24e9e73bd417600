import * as router from "../router.js";

const ADMIN_ROUTES = ["/admin/kennels/:block", "/admin/staff/*"];

export function isAdminPath(path: string): boolean {
  return ADMIN_ROUTES.some((p) => router.matchRoute("GET", p, path) !== null);
}
