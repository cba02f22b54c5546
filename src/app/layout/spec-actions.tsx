/** Getting specs in and out: templates, import, export, share. */
export function SpecActions() {
  return null;
}
