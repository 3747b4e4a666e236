package th.itabatch.workbook;

import java.io.IOException;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlOptions;
import org.apache.xmlbeans.impl.common.SAXHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One SAX parser per thread for every XML part POI reads, instead of a new one per part.
 * <p>
 * XmlBeans makes a parser for each part it parses unless its options name one, and making one looks
 * for Xerces' own {@code SecurityManager} class, which is not on the class path: a failed class
 * look-up walks every jar each time. A workbook has some thirty parts, a report reads two templates,
 * and a thousand units' run spent 7 % of its report threads there. The parser each thread keeps is
 * made once by XmlBeans itself from POI's options, so it has the same hardening (no DOCTYPE, entity
 * expansion limited, secure processing).
 */
public final class XmlParsers {

	/** The JDK parser's feature that empties its table of names at each parse. */
	static final String RESET_NAMES = "jdk.xml.resetSymbolTable";

	private XmlParsers() {
	}

	/** Makes POI's XML parsing reuse one parser per thread; calling it again changes nothing. */
	public static synchronized void reusePerThread() {
		XmlOptions options = POIXMLTypeLoader.DEFAULT_XML_OPTIONS;
		if (options.getLoadUseXMLReader() == null) {
			options.setLoadUseXMLReader(new PerThreadReader(new XmlOptions(options)));
		}
	}

	/**
	 * Hands every call to the calling thread's own parser. XmlBeans sets the handlers and then parses,
	 * on one thread; a parser is reusable once a parse has returned (SAX), and the handlers are let go
	 * after each parse so that the last document is not kept alive by the thread.
	 */
	private static final class PerThreadReader implements XMLReader {

		private static final DefaultHandler NONE = new DefaultHandler();

		private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

		private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";

		private final ThreadLocal<XMLReader> readers;

		PerThreadReader(XmlOptions options) {
			this.readers = ThreadLocal.withInitial(() -> {
				try {
					XMLReader reader = SAXHelper.newXMLReader(options);
					// The JDK's parser keeps every element, attribute and namespace name it meets until
					// told to forget them at each parse: a thread reading uploads must not keep a hostile
					// workbook's millions of names.
					reader.setFeature(RESET_NAMES, true);
					return reader;
				}
				catch (Exception ex) {
					throw new IllegalStateException("No SAX parser for POI's options", ex);
				}
			});
		}

		private XMLReader reader() {
			return readers.get();
		}

		@Override
		public void parse(InputSource input) throws IOException, SAXException {
			XMLReader reader = reader();
			boolean parsed = false;
			try {
				reader.parse(input);
				parsed = true;
			}
			finally {
				if (parsed) {
					reader.setContentHandler(NONE);
					reader.setDTDHandler(NONE);
					reader.setErrorHandler(NONE);
					reader.setProperty(LEXICAL_HANDLER, null);
					reader.setProperty(DECLARATION_HANDLER, null);
				}
				else {
					// A failed parse leaves XmlBeans' half-built document in the handlers, and the
					// parser in whatever state the error left it: the thread's next parse gets a new one.
					readers.remove();
				}
			}
		}

		@Override
		public void parse(String systemId) throws IOException, SAXException {
			parse(new InputSource(systemId));
		}

		@Override
		public boolean getFeature(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
			return reader().getFeature(name);
		}

		@Override
		public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException {
			reader().setFeature(name, value);
		}

		@Override
		public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
			return reader().getProperty(name);
		}

		@Override
		public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
			reader().setProperty(name, value);
		}

		@Override
		public void setEntityResolver(EntityResolver resolver) {
			reader().setEntityResolver(resolver);
		}

		@Override
		public EntityResolver getEntityResolver() {
			return reader().getEntityResolver();
		}

		@Override
		public void setDTDHandler(DTDHandler handler) {
			reader().setDTDHandler(handler);
		}

		@Override
		public DTDHandler getDTDHandler() {
			return reader().getDTDHandler();
		}

		@Override
		public void setContentHandler(ContentHandler handler) {
			reader().setContentHandler(handler);
		}

		@Override
		public ContentHandler getContentHandler() {
			return reader().getContentHandler();
		}

		@Override
		public void setErrorHandler(ErrorHandler handler) {
			reader().setErrorHandler(handler);
		}

		@Override
		public ErrorHandler getErrorHandler() {
			return reader().getErrorHandler();
		}
	}
}
