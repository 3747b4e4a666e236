/**
 * Streaming row readers for exports too large to load: other modules may use them.
 */
@org.springframework.modulith.NamedInterface("stream")
package th.itabatch.workbook.stream;
