// UI text for the tokens pages (English, the reference shape).
export const tokens = {
  title: "API tokens",
  subtitle: "Personal tokens for scripts and CI. A token acts as you, with your current role; deactivating your account stops it at once.",
  caption: "Your API tokens",
  columns: { name: "Name", prefix: "Token", createdAt: "Created", lastUsedAt: "Last used", status: "Status" },
  never: "Never",
  active: "Active",
  revokedAt: "Revoked {at}",
  empty: "You have no API tokens yet.",
  emptyHint: "Create one to call the API from a script or a CI job.",
  create: {
    title: "New token",
    name: "Name",
    nameHint: "What it is for, e.g. ci-import or nightly-sync.",
    submit: "Create token",
    submitting: "Creating…",
  },
  secret: {
    title: "Copy your new token now",
    warning: "This is the only time the token is shown. Junction stores only a hash of it: if you lose it, revoke it and create a new one.",
    label: "Token secret for {name}",
    done: "I have copied it",
    copyFailed: "Copying failed: select the text and copy it yourself.",
  },
  revoke: {
    action: "Revoke",
    title: "Revoke the token {name}?",
    body: "Scripts and jobs using it get 401 from their next request. This cannot be undone.",
    confirm: "Revoke",
    revoking: "Revoking…",
  },
  usage: {
    title: "Using a token",
    body: "Send it in the Authorization header of every request:",
    docs: "All endpoints are described in the API reference.",
  },
};
