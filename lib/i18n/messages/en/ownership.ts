export const ownership = {
  placeholder: "",
};
