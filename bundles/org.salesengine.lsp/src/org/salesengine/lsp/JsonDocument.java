package org.salesengine.lsp;

import java.io.IOException;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * A JSON document sent as it is, null members included. LSP4J's JSON leaves out members whose value is null, which
 * for our own documents would change them: {@code salesengine/analysis} must answer the very document
 * {@code analyze --format json} writes, where an unknown value is an explicit null.
 */
@JsonAdapter(JsonDocument.Adapter.class)
public record JsonDocument(JsonObject json) {

	static final class Adapter extends TypeAdapter<JsonDocument> {
		private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

		@Override
		public void write(JsonWriter out, JsonDocument document) throws IOException {
			boolean nulls = out.getSerializeNulls();
			out.setSerializeNulls(true);
			try {
				ELEMENTS.write(out, document.json());
			} finally {
				out.setSerializeNulls(nulls);
			}
		}

		@Override
		public JsonDocument read(JsonReader in) throws IOException {
			JsonElement element = JsonParser.parseReader(in);
			return new JsonDocument(element.getAsJsonObject());
		}
	}
}
