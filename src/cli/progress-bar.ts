/**
 * A one-line progress bar on a terminal; on a pipe (logs, CI) a line every
 * tenth of the way, so the output stays readable.
 */
export function progressBar(stream: NodeJS.WriteStream) {
  const width = 30;
  let lastTenth = -1;
  return {
    update(done: number, total: number) {
      const share = total === 0 ? 1 : done / total;
      if (stream.isTTY) {
        const filled = Math.round(share * width);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      } else {
        const tenth = Math.floor(share * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          stream.write(`${done}/${total} (${Math.round(share * 100)} %)\n`);
        }
      }
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
