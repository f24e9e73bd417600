export function isAdmin(user) {
  return user.role == "admin";
}
