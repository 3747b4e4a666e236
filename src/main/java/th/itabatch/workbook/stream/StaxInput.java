package th.itabatch.workbook.stream;

import java.io.IOException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import th.itabatch.workbook.LimitExceededException;

/** The aalto StAX parser the small parts and the shared strings are read with, made safe for untrusted files. */
final class StaxInput {

	private static final XMLInputFactory2 FACTORY = factory();

	private StaxInput() {
	}

	private static XMLInputFactory2 factory() {
		XMLInputFactory2 factory = new InputFactoryImpl();
		factory.configureForSpeed();
		// A workbook has no business with DTDs or external entities.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	/** A parser over a part whose markup its stream bounds. */
	static XMLStreamReader2 reader(BoundedPartStream in) throws XMLStreamException {
		return (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
	}

	/**
	 * The limit the part's stream stopped at, which the parser reports wrapped in its own exception,
	 * or else the parser's complaint as a plain IOException naming the part.
	 */
	static IOException failure(XMLStreamException ex, BoundedPartStream in, String part) {
		LimitExceededException limit = in.exceeded();
		if (limit != null) {
			return limit;
		}
		return new IOException("the part " + part + " is no readable XML: " + ex.getMessage(), ex);
	}
}
