// The first syntax error of a JSON text (RFC 8259), in words that do not depend on the Node
// version. Run only after JSON.parse has failed, so it favours clarity over speed.

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

class Fail extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return "end of input";
  const code = ch.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `character '${ch}'`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  ws(): void {
    while (" \t\n\r".includes(this.text[this.pos] ?? "x")) this.pos++;
  }

  unexpected(expected: string): never {
    throw new Fail(this.pos, `unexpected ${describe(this.text[this.pos])}, expected ${expected}`);
  }

  value(depth: number): void {
    this.ws();
    const c = this.text[this.pos];
    if (c === "{") return this.object(depth + 1);
    if (c === "[") return this.array(depth + 1);
    if (c === '"') return this.string();
    for (const re of [NUMBER, LITERAL]) {
      re.lastIndex = this.pos;
      if (re.test(this.text)) {
        this.pos = re.lastIndex;
        return;
      }
    }
    this.unexpected("a value");
  }

  object(depth: number): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === "}") return void this.pos++;
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.unexpected("a string key");
      this.string();
      this.ws();
      if (this.text[this.pos] !== ":") this.unexpected("':'");
      this.pos++;
      this.value(depth);
      this.ws();
      if (this.text[this.pos] === "}") return void this.pos++;
      if (this.text[this.pos] !== ",") this.unexpected("',' or '}'");
      this.pos++;
    }
  }

  array(depth: number): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === "]") return void this.pos++;
    for (;;) {
      this.value(depth);
      this.ws();
      if (this.text[this.pos] === "]") return void this.pos++;
      if (this.text[this.pos] !== ",") this.unexpected("',' or ']'");
      this.pos++;
    }
  }

  string(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) throw new Fail(start, "unterminated string");
      if (c === '"') return void this.pos++;
      if (c.charCodeAt(0) < 0x20) throw new Fail(this.pos, `unescaped ${describe(c)} in string`);
      if (c === "\\") {
        ESCAPE.lastIndex = this.pos;
        if (!ESCAPE.test(this.text)) throw new Fail(this.pos, "invalid escape in string");
        this.pos = ESCAPE.lastIndex;
      } else this.pos++;
    }
  }
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.value(0);
    scanner.ws();
    if (scanner.pos < text.length) scanner.unexpected("end of input");
    return undefined;
  } catch (error) {
    if (error instanceof Fail) return { offset: error.offset, message: error.message };
    // Nesting deeper than the call stack: report it where the scan stood.
    return { offset: scanner.pos, message: "nesting too deep" };
  }
}
