export const bulk = {
  placeholder: "",
};
