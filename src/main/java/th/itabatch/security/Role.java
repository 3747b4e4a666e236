package th.itabatch.security;

/** What a user may do: a viewer sees and downloads; an editor also uploads and starts runs. */
public enum Role {

	VIEWER, EDITOR

}
