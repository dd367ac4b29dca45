// One line per figure: the value, its target, and (for throughput figures) the ratio to the machine's
// own WebCrypto SHA-256 speed, the physical limit for work that hashes every byte.

export function line(name: string, value: number, unit: string, target: number, sha?: { mb: number; mbPerS: number }) {
  const ok = value <= target ? 'OK  ' : 'MISS';
  const ratio = sha && value > 0 ? `  ${(sha.mb / value / sha.mbPerS).toFixed(2)}× SHA-256 speed` : '';
  // Seconds near a one-second target in hundredths: 0.96 s is not shown as a "1.0 s" that passed.
  const digits = unit === 's' && value < 10 ? 2 : 1;
  console.log(
    `  ${ok} ${name.padEnd(52)} ${value.toFixed(digits).padStart(9)} ${unit.padEnd(3)} (target < ${target} ${unit})${ratio}`,
  );
}

export function info(name: string, value: string) {
  console.log(`       ${name.padEnd(52)} ${value}`);
}

/** WebCrypto SHA-256 speed in the page, MB/s: 64 MB hashed three times after one warm-up. */
export function shaSpeedInPage(): Promise<number> {
  const buf = new Uint8Array(64 * 1024 * 1024);
  for (let i = 0; i < buf.length; i += 65536) crypto.getRandomValues(buf.subarray(i, i + 65536));
  return crypto.subtle.digest('SHA-256', buf).then(async () => {
    const start = performance.now();
    for (let i = 0; i < 3; i++) await crypto.subtle.digest('SHA-256', buf);
    return (3 * 64) / ((performance.now() - start) / 1000);
  });
}
