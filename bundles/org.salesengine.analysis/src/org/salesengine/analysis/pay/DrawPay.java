package org.salesengine.analysis.pay;

/**
 * A plan's draw: an advance of {@code amount} a month for the first {@code months} months of each head the role hires
 * in the period (its {@code hires}). A recoverable draw is taken back from the incentive the rep earns, so at target
 * (a rep who earns the full incentive) it costs nothing; a non-recoverable one is paid on top and costs all of it.
 *
 * @param hires        heads hired in the period, who receive the draw
 * @param perHead      amount × months: what one hire receives
 * @param costAtTarget what is not recovered when every hire earns the target incentive: 0 for a recoverable draw,
 *                     hires × perHead otherwise
 */
public record DrawPay(double amount, int months, boolean recoverable, int hires, double perHead, double costAtTarget) {

	public static DrawPay of(double amount, int months, boolean recoverable, int hires) {
		double perHead = amount * months;
		return new DrawPay(amount, months, recoverable, hires, perHead, recoverable ? 0 : hires * perHead);
	}

	/**
	 * What one hire's draw costs when the rep earns {@code earned} of incentive: a recoverable draw is recovered up to
	 * what the rep earns, so only the part above it is lost.
	 */
	public double unrecovered(double earned) {
		return recoverable ? Math.max(0, perHead - earned) : perHead;
	}
}
