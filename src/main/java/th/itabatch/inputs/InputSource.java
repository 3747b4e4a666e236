package th.itabatch.inputs;

/** How an input reached ITA Batch. */
public enum InputSource {

	/** Dropped into the input folder. */
	FOLDER,

	/** Uploaded on the web page. */
	UPLOAD,

	/** Named by the one-shot command's input folder. */
	COMMAND

}
