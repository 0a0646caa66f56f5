package de.souveraen.inventory.csv;

/**
 * Why a row (or the file) cannot be imported: the physical line (1-based, counted as in a text editor; a record
 * with a line break inside a quoted cell starts on its first line), the German column header (null when the whole
 * row or file is concerned), the cell as found, a stable code and both messages.
 */
public record ImportError(int line, String column, String value, String code, String messageDe, String messageEn) {
}
