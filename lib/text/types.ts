// The article's text as one string plus the DOM text nodes it came from.

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in CollectedText.text. */
  start: number;
  end: number;
}

export interface CollectedText {
  /** Text of all collected nodes; block boundaries become "\n", so words never run together. */
  text: string;
  segments: TextSegment[];
}
