package org.salesengine.dsl.parser.recovery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;

/**
 * Finds, before parsing, a closing brace too many: one that would end a block while the next word still belongs in
 * that block ("role AE { } }" then "role AM" in a structure section). Closed there, the section would end early and
 * every element after it would land outside it. Such a brace is retyped as a stray character, which the recovery skips
 * with one error, and the block goes on. Only a file with more closing than opening braces is touched.
 */
final class StrayBraces {
	private static final Map<Grammar, Map<String, Set<String>>> ENTRIES = new ConcurrentHashMap<>();
	/** How far back from an opening brace the keyword that opens the block is looked for ("plan P "x" for AE {"). */
	private static final int OWNER_DISTANCE = 12;

	private final int open;
	private final int close;
	private final int stray;
	private final Set<Integer> hidden;

	StrayBraces(int open, int close, int stray, Set<Integer> hidden) {
		this.open = open;
		this.close = close;
		this.stray = stray;
		this.hidden = hidden;
	}

	/** Retypes the stray closing braces; returns how many closing braces are still missing (0 when balanced). */
	int mark(List<? extends Token> tokens, Grammar grammar) {
		int balance = 0;
		for (Token token : tokens) {
			balance += token.getType() == open ? 1 : token.getType() == close ? -1 : 0;
		}
		if (balance >= 0) {
			return balance;
		}
		Map<String, Set<String>> entries = ENTRIES.computeIfAbsent(grammar, StrayBraces::entriesByBlockKeyword);
		Deque<String> owners = new ArrayDeque<>();
		for (int i = 0; i < tokens.size() && balance < 0; i++) {
			Token token = tokens.get(i);
			if (token.getType() == open) {
				owners.push(owner(tokens, i, entries));
			} else if (token.getType() == close && !owners.isEmpty()) {
				String owner = owners.pop();
				Token next = next(tokens, i);
				if (next != null && next.getType() != close && entries.getOrDefault(owner, Set.of()).contains(next.getText())) {
					((CommonToken) token).setType(stray);
					owners.push(owner);
					balance++;
				}
			}
		}
		return Math.max(balance, 0);
	}

	/** The keyword that opens the block of the brace at index, or "" when none is near. */
	private String owner(List<? extends Token> tokens, int index, Map<String, Set<String>> entries) {
		int seen = 0;
		for (int i = index - 1; i >= 0 && seen < OWNER_DISTANCE; i--) {
			Token token = tokens.get(i);
			if (hidden.contains(token.getType())) {
				continue;
			}
			if (token.getType() == open || token.getType() == close) {
				break;
			}
			if (entries.containsKey(token.getText())) {
				return token.getText();
			}
			seen++;
		}
		return "";
	}

	private Token next(List<? extends Token> tokens, int index) {
		for (int i = index + 1; i < tokens.size(); i++) {
			if (!hidden.contains(tokens.get(i).getType()) && tokens.get(i).getType() != Token.EOF) {
				return tokens.get(i);
			}
		}
		return null;
	}

	/** For each block's opening keyword ("structure", "role"), the first words of what the block takes. */
	private static Map<String, Set<String>> entriesByBlockKeyword(Grammar grammar) {
		Map<String, Set<String>> result = new HashMap<>();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
			List<String> entries = BlockVocabulary.blockEntries(rule);
			String keyword = BlockVocabulary.firstKeyword(rule);
			if (!entries.isEmpty() && keyword != null) {
				Set<String> words = result.computeIfAbsent(keyword, k -> new HashSet<>());
				entries.forEach(entry -> words.add(entry.split(" ")[0]));
			}
		}
		return result;
	}
}
