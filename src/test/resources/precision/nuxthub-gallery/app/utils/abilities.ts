// nuxt-authorization abilities, shared by the app and the server
export const listUsers = defineAbility((user: { role: string }) => {
  // only administrators can list and search users
  return user.role === "admin";
});

export const viewPhoto = defineAbility({ allowGuest: true }, (user: { role: string } | null, photo: { status: string }) => {
  if (photo.status === "published") {
    return true;
  }
  return user?.role === "admin";
});
