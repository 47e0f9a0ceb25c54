import { Marked, type Token, type Tokens } from "marked";

const markdown = new Marked({ gfm: true });

/**
 * sanitize-html (with its HTML parser and postcss) loads when Markdown is first stored or
 * rendered, not at cold start: it weighs more than the rest of a request's code together.
 */
const sanitizer = () => import("sanitize-html").then((module) => module.default);
type SanitizeHtml = Awaited<ReturnType<typeof sanitizer>>;

/** Links and images may only point to the web, mail, phone or a page of the portal. */
const safeUrl = (href: string) => /^(https?:|mailto:|tel:|\/(?!\/)|#)/i.test(href.trim());

const textOnly = (sanitizeHtml: SanitizeHtml, html: string) =>
  sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");

/** What a stored Markdown token becomes on the way in, or undefined to keep it. */
function neutralise(sanitizeHtml: SanitizeHtml, token: Token): string | undefined {
  if (token.type === "html") return token.block ? textOnly(sanitizeHtml, token.raw) : "";
  if (token.type === "link" && !safeUrl(token.href)) return token.text;
  if (token.type === "image" && !safeUrl(token.href)) return token.text;
  return undefined;
}

/**
 * Markdown as editors may store it: raw HTML is dropped (block HTML keeps its text) and links
 * to other schemes (javascript:, data:) keep only their text. Repeated until nothing changes,
 * because removing one tag can join the pieces of another (`<scr<b>ipt>`).
 */
export async function sanitizeMarkdown(source: string): Promise<string> {
  const sanitizeHtml = await sanitizer();
  let current = source.replaceAll("\r\n", "\n");
  for (let round = 0; round < 10; round++) {
    const edits: { raw: string; replacement: string }[] = [];
    markdown.walkTokens(markdown.lexer(current), (token) => {
      const replacement = neutralise(sanitizeHtml, token);
      if (replacement !== undefined) edits.push({ raw: token.raw, replacement });
    });
    if (edits.length === 0) return current.trim();
    let cursor = 0;
    let next = "";
    for (const { raw, replacement } of edits) {
      const at = current.indexOf(raw, cursor);
      if (at < 0) continue;
      next += current.slice(cursor, at) + replacement;
      cursor = at + raw.length;
    }
    current = next + current.slice(cursor);
  }
  // Still not stable after many rounds: only a hostile input gets here.
  return current.replaceAll("<", "&lt;").trim();
}

const headingShift: Record<string, string> = { h1: "h2", h2: "h3", h3: "h4", h4: "h5", h5: "h6" };

/**
 * HTML for a page, from stored Markdown, through an allow-list whatever the store holds.
 * Headings move one level down: the page's own title is the h1.
 */
export async function renderMarkdown(source: string): Promise<string> {
  const sanitizeHtml = await sanitizer();
  const html = markdown.parse(source, { async: false });
  return sanitizeHtml(html, {
    allowedTags: [
      "p",
      "br",
      "hr",
      "h2",
      "h3",
      "h4",
      "h5",
      "h6",
      "ul",
      "ol",
      "li",
      "strong",
      "em",
      "del",
      "code",
      "pre",
      "blockquote",
      "a",
      "img",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
    ],
    allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt", "title"], th: ["align"], td: ["align"] },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: ["https"] },
    allowProtocolRelative: false,
    transformTags: {
      ...headingShift,
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer" } }),
    },
  });
}

/** The words of inline Markdown, without its marks. */
function plain(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      if (token.type === "html") return "";
      if (token.type === "br") return " ";
      if ("tokens" in token && token.tokens?.length) return plain(token.tokens);
      return "text" in token ? String(token.text) : "";
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** One unit an answer can quote: a paragraph, a list item, a table row or a heading. */
export type Block = { kind: "heading" | "paragraph" | "item" | "row"; markdown: string; text: string };

function blocksOf(tokens: Token[]): Block[] {
  return tokens.flatMap((token): Block[] => {
    switch (token.type) {
      case "heading":
        return [{ kind: "heading", markdown: `**${plain(token.tokens)}**`, text: plain(token.tokens) }];
      case "paragraph":
      case "text":
        return [{ kind: "paragraph", markdown: token.raw.trim(), text: plain((token as Tokens.Paragraph).tokens) }];
      case "list":
        return (token as Tokens.List).items.map((item) => {
          const text = plain(item.tokens);
          return { kind: "item", markdown: `- ${item.text.replace(/\s*\n\s*/g, " ").trim()}`, text };
        });
      case "table": {
        const table = token as Tokens.Table;
        return table.rows.map((row) => {
          const cells = row.map((cell, i) => {
            const header = plain(table.header[i]?.tokens);
            return header ? `${header} : ${plain(cell.tokens)}` : plain(cell.tokens);
          });
          return { kind: "row", markdown: `- ${cells.join(" · ")}`, text: cells.join(" ; ") };
        });
      }
      case "blockquote":
        return blocksOf((token as Tokens.Blockquote).tokens);
      case "code":
        return [{ kind: "paragraph", markdown: token.raw.trim(), text: token.text }];
      default:
        return [];
    }
  });
}

/** The article body cut into quotable blocks, in reading order. */
export function markdownBlocks(source: string): Block[] {
  return blocksOf(markdown.lexer(source)).filter((block) => block.text.length > 0);
}

/** The body as plain text, for indexing and excerpts. */
export function markdownText(source: string): string {
  return markdownBlocks(source)
    .map((block) => block.text)
    .join("\n");
}
