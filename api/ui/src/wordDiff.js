// A word-level diff of two wordings (longest common subsequence over words), for the
// "As amended" view: which words a change removed and which it added.

/** The words of a wording; typewriter underline rules ("-----") are layout, not words. */
export function words(text) {
  return String(text || "")
    .split(/\s+/)
    .filter((w) => w && !/^[-_=]{3,}$/.test(w));
}

/**
 * Parts `{op: "same" | "del" | "ins", text}` turning `before` into `after`, word by word.
 * Quadratic in words; wordings longer than `limit` words in all are compared as one block.
 */
export function diffWords(before, after, limit = 4000) {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > limit * limit) {
    return [
      { op: "del", text: a.join(" ") },
      { op: "ins", text: b.join(" ") },
    ];
  }
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const parts = [];
  const push = (op, word) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      push("del", a[i++]);
    } else {
      push("ins", b[j++]);
    }
  }
  while (i < n) push("del", a[i++]);
  while (j < m) push("ins", b[j++]);
  return parts;
}
