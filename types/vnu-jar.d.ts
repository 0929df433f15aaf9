declare module 'vnu-jar' {
  /** Absolute path of the bundled vnu.jar. */
  const jarPath: string;
  export default jarPath;
}
