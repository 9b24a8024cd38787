package org.salesengine.report.html;

import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.style.Palette;

/**
 * The report's one style sheet, inline in every page. System fonts only (no web fonts: the page must open offline);
 * pillar colours from the diagrams' palette, so a KPI is the same brown in the text, the tables and the pictures.
 * Print: A4 and Letter both fit (1.5 cm margins), each section starts a page, and no figure, table row or finding
 * is split across two pages; a heading and the sentence that introduces a table or figure stay with it.
 */
public final class ReportStyle {
	private ReportStyle() {
	}

	public static String css() {
		return """
				:root{--ink:%s;--muted:%s;--error:%s;--warning:%s;--strategy:%s;--structure:%s;--culture:%s;--compensation:%s;\
				--strategy-wash:%s;--structure-wash:%s;--culture-wash:%s;--compensation-wash:%s;--rule:#d0d7de}
				*{box-sizing:border-box}
				html{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:var(--ink);background:#f6f7f9}
				body{margin:0}
				main{max-width:1100px;margin:0 auto;padding:24px 32px 48px;background:#fff}
				header.cover{border-bottom:4px solid var(--strategy);margin-bottom:16px;padding-bottom:8px}
				header.cover h1{font-size:28px;margin:0 0 4px}
				.subtitle{color:var(--muted);margin:0}
				nav.toc ol{columns:2;margin:8px 0 0;padding-left:20px}
				section.chapter{margin-top:36px}
				h2{font-size:22px;border-bottom:2px solid var(--rule);padding-bottom:4px;margin:0 0 12px}
				h3{font-size:17px;margin:22px 0 8px}
				h4{font-size:15px;margin:16px 0 6px}
				p{margin:6px 0}
				.muted{color:var(--muted)}
				.shift{border-left:6px solid var(--compensation);background:var(--compensation-wash);padding:10px 16px;margin:8px 0 16px}
				.shift p.headline{font-size:17px;font-weight:bold;margin:0 0 4px}
				table{border-collapse:collapse;margin:8px 0 14px;font-size:13.5px;break-inside:avoid}
				table.data{min-width:50%%}
				caption{text-align:left;font-weight:bold;padding:4px 0;caption-side:top}
				th,td{border:1px solid var(--rule);padding:4px 8px;vertical-align:top;text-align:left}
				thead th{background:#eef1f4}
				tbody th{font-weight:normal}
				tr{break-inside:avoid}
				.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
				tr.total th,tr.total td{font-weight:bold;border-top:2px solid var(--ink)}
				.mark-error{background:#fdecea}.mark-warning{background:#fff4d6}
				table.cross td{text-align:center}
				table.cross thead th:not(:first-child){writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;				vertical-align:bottom;text-align:left;padding:6px 3px}
				table.timing{font-size:12px}table.timing th,table.timing td{padding:3px 4px}
				td ul{margin:0;padding-left:16px}td li{margin:1px 0}
				table.scorecard td[class^=level]{white-space:nowrap}
				.level-1{background:#f8d7d3}.level-2{background:#fbe5c8}.level-3{background:#fff4c2}.level-4{background:#dff3e4}
				.pillar-strategy{color:var(--strategy)}.pillar-structure{color:var(--structure)}
				.pillar-culture{color:var(--culture)}.pillar-compensation{color:var(--compensation)}
				figure{margin:12px 0 18px;break-inside:avoid;page-break-inside:avoid}
				figure svg{display:block;height:auto;max-width:100%%}
				figcaption{color:var(--muted);font-size:13px;margin-top:4px}
				.charts{display:flex;flex-wrap:wrap;gap:8px 24px}
				.charts figure{flex:0 1 380px}
				.finding{border:1px solid var(--rule);border-left:6px solid var(--warning);padding:8px 12px;margin:8px 0;break-inside:avoid}
				.finding.error{border-left-color:var(--error)}
				.finding.info{border-left-color:var(--muted)}
				.finding p{margin:3px 0}
				.finding .message{font-weight:bold}
				.badge{display:inline-block;font-size:11px;font-weight:bold;text-transform:uppercase;padding:1px 6px;border-radius:3px;\
				color:#fff;background:var(--warning);margin-right:6px}
				.badge.error{background:var(--error)}.badge.info{background:var(--muted)}
				code,pre{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:12.5px}
				pre.line{background:#f6f8fa;padding:4px 8px;margin:4px 0;white-space:pre-wrap;word-break:break-word}
				pre.source{background:#fbfbfc;border:1px solid var(--rule);padding:8px 0;line-height:1.35;white-space:pre-wrap;\
				word-break:break-word;counter-reset:line}
				pre.source .l{display:block;padding-left:4.2em;text-indent:-3.2em;break-inside:avoid}
				pre.source .l::before{counter-increment:line;content:counter(line);display:inline-block;width:2.6em;margin-right:0.6em;\
				text-align:right;color:#8c959f}
				.kw{color:#7f0055;font-weight:bold}.str{color:#2a00ff}.nr{color:#006699}.com{color:#3f7f5f;font-style:italic}
				.s-strategy{color:var(--strategy)}.s-structure{color:var(--structure)}.s-culture{color:var(--culture)}\
				.s-compensation{color:var(--compensation)}.decl{font-weight:bold}
				.plan-document{border-top:4px solid var(--compensation);padding-top:8px;margin-top:28px}
				.example{background:var(--structure-wash);border-left:6px solid var(--structure);padding:8px 14px;margin:8px 0 16px}
				.example p.total{font-weight:bold}
				.signatures{display:flex;gap:48px;margin-top:28px}
				.signatures div{flex:1;border-top:1px solid var(--ink);padding-top:4px;color:var(--muted)}
				@page{size:auto;margin:1.5cm}
				@media print{
				html{background:#fff;font-size:12px}
				main{max-width:none;padding:0}
				section.chapter{break-before:page;page-break-before:always;margin-top:0}
				section.chapter:first-of-type{break-before:auto;page-break-before:auto;margin-top:24px}
				.plan-document{break-before:page;page-break-before:always}
				h2,h3,h4{break-after:avoid;page-break-after:avoid}
				h2+p,h3+p,h4+p{break-after:avoid;page-break-after:avoid}
				nav.toc{break-after:avoid}
				a{color:inherit;text-decoration:none}
				}
				""".formatted(Palette.INK.hex(), Palette.MUTED_INK.hex(), Palette.ERROR.hex(), Palette.WARNING.hex(),
				strong(EnginePillar.STRATEGY), strong(EnginePillar.STRUCTURE), strong(EnginePillar.CULTURE),
				strong(EnginePillar.COMPENSATION), wash(EnginePillar.STRATEGY), wash(EnginePillar.STRUCTURE),
				wash(EnginePillar.CULTURE), wash(EnginePillar.COMPENSATION));
	}

	private static String strong(EnginePillar pillar) {
		return Palette.of(pillar).strong().hex();
	}

	private static String wash(EnginePillar pillar) {
		return Palette.of(pillar).fill().hex();
	}
}
