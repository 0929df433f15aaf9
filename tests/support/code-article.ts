/** The article body that wrote a file on the build server in the security review (issue 32, item 3). */
export const WRITES_A_FILE = '正文 {process.getBuiltinModule("fs").writeFileSync("ran-at-build.txt", "x")} 结束。';
