package th.itabatch.files;

/**
 * The folders whose paths the database keeps relative to them.
 *
 * @param archive the archive of received inputs
 * @param output the reports and validation outputs
 */
public record StoredFolders(StoredFolder archive, StoredFolder output) {
}
