import { describe, expect, it } from "vitest";
import { markdownBlocks, renderMarkdown, sanitizeMarkdown } from "./markdown";

describe("Markdown on the way in", () => {
  it.each([
    ["Bonjour <script>alert(1)</script>", "Bonjour alert(1)"],
    ["<img src=x onerror=alert(1)> texte", "texte"],
    ["[clic](javascript:alert(1)) et [site](https://example.org)", "clic et [site](https://example.org)"],
    ["![x](data:image/png;base64,AAAA)", "x"],
    ["Texte <scr<b>ipt>alert(1)</script>", "Texte alert(1)"],
    ["<scr<b>ipt>alert(1)</script>", ""],
    ['<div onclick="x">Bloc **gras**</div>', "Bloc **gras**"],
  ])("%s", async (input, stored) => {
    expect(await sanitizeMarkdown(input)).toBe(stored);
  });

  it("leaves ordinary Markdown as the editor wrote it", async () => {
    const text =
      "# Titre\n\n> À savoir : 10 € & plus, a < b.\n\n- un\n- deux\n\n| Jour | Lieu |\n|---|---|\n| mardi | Montaudrais |\n\n<https://example.org>";
    expect(await sanitizeMarkdown(text)).toBe(text);
  });
});

describe("Markdown on the way out", () => {
  it("keeps no script, handler or unsafe link whatever the store holds", async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script><a href="javascript:alert(1)" onclick="x">a</a><iframe src="https://x"></iframe>[b](vbscript:x)',
    );
    expect(html).not.toMatch(/<script|onclick|<iframe|href="(javascript|vbscript)/i);
  });

  it("renders the portal's HTML, headings one level below the page title, links without opener", async () => {
    expect(await renderMarkdown("# Titre\n\n**gras** [lien](https://example.org)")).toBe(
      '<h2>Titre</h2>\n<p><strong>gras</strong> <a href="https://example.org" rel="noopener noreferrer">lien</a></p>\n',
    );
  });
});

describe("quotable blocks", () => {
  it("cuts paragraphs, list items and table rows, as text and Markdown", () => {
    const blocks = markdownBlocks(
      "Intro **forte** :\n\n- premier\n- second\n\n| Jour | Lieu |\n|---|---|\n| mardi | Vaudrigny |",
    );
    expect(blocks).toEqual([
      { kind: "paragraph", markdown: "Intro **forte** :", text: "Intro forte :" },
      { kind: "item", markdown: "- premier", text: "premier" },
      { kind: "item", markdown: "- second", text: "second" },
      { kind: "row", markdown: "- Jour : mardi · Lieu : Vaudrigny", text: "Jour : mardi ; Lieu : Vaudrigny" },
    ]);
  });
});
