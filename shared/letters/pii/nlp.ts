// The English model (wink-nlp with wink-eng-lite-web-model: offline, runs in Node and the browser),
// loaded once on first use, and a tokeniser that gives each token its part of speech and offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface PosToken {
  text: string;
  pos: string;
  start: number;
  end: number;
}

let instance: ReturnType<typeof winkNLP> | null = null;
/** Words the model meets that are not in its vocabulary get ids from here up. */
let firstUnknownId = 0;

function nlp() {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'pos']);
    firstUnknownId = instance.readDoc('qzxqzxqzv').tokens().out(instance.its.uniqueId)[0] as number;
  }
  return instance;
}

const known = new Map<string, boolean>();

/** True when the word, in lower case, is in the model's English vocabulary ("sources", not "jamal"). */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  let answer = known.get(lower);
  if (answer === undefined) {
    const engine = nlp();
    const id = engine.readDoc(lower).tokens().out(engine.its.uniqueId)[0] as number | undefined;
    answer = id !== undefined && id < firstUnknownId;
    if (known.size > 10_000) known.clear();
    known.set(lower, answer);
  }
  return answer;
}

/** The text's tokens with their part of speech ("PROPN", "NOUN"…) and where they are. */
export function posTokens(text: string): PosToken[] {
  const engine = nlp();
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(engine.its.value) as string[];
  const spaces = doc.tokens().out(engine.its.precedingSpaces) as string[];
  const pos = doc.tokens().out(engine.its.pos) as string[];
  const tokens: PosToken[] = [];
  let at = 0;
  values.forEach((value, i) => {
    at += spaces[i]!.length;
    // wink keeps every character; should it ever not, find the token rather than drift.
    const start = text.startsWith(value, at) ? at : text.indexOf(value, at);
    if (start < 0) return;
    tokens.push({ text: value, pos: pos[i]!, start, end: start + value.length });
    at = start + value.length;
  });
  return tokens;
}
