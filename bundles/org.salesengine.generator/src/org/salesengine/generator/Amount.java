package org.salesengine.generator;

/** Money is generated in whole thousands and written the way people write it: 650k, 1.2M, 14M. */
final class Amount {
	private Amount() {
	}

	static String ofThousands(long thousands) {
		if (thousands >= 1000 && thousands % 100 == 0) {
			long tenths = thousands / 100;
			return tenths % 10 == 0 ? (tenths / 10) + "M" : (tenths / 10) + "." + (tenths % 10) + "M";
		}
		return thousands + "k";
	}
}
