export const theme = {
  label: "Theme",
  choices: {
    light: "Light",
    dark: "Dark",
    system: "System",
  },
};
