<?php
/**
 * The check a story gets on upload, in PHP. The kit's validator is JavaScript and WordPress runs
 * PHP, so the work is split, and said so in the README:
 * - here, on upload: the file must be well-formed (JSON that parses, CSV whose rows match its
 *   header) and have the structure every Storyline story needs (a title; a list of events, each
 *   with a calendar date at a precision and a title; an `end` not before its date; source and
 *   media addresses that are http(s) or relative). A file that fails is refused, with
 *   `file: path: message` lines in the notice, in the kit's paths and words.
 * - the kit's own validator (the bundled dist/, in the browser) runs on the story's edit screen
 *   and on every page that shows it, and names everything else (unknown actors, duplicate ids,
 *   warnings).
 * Nothing in a story is ever executed: it is read as data here and served as a file.
 *
 * @package Storyline
 */

defined( 'ABSPATH' ) || exit;

/**
 * Why a date is not a calendar date at a precision, or null when it is one (the kit's rule:
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, negative years BCE, no year 0).
 *
 * @param mixed $value The date as given.
 * @return string|null
 */
function storyline_date_problem( $value ) {
	if ( ! is_string( $value ) ) {
		return sprintf( '%s is not a date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD"', storyline_describe( $value ) );
	}
	if ( ! preg_match( '/^(-?)(\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/', $value, $m ) ) {
		return sprintf( '"%s" is not a date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD"', $value );
	}
	if ( 0 === (int) $m[2] ) {
		return sprintf( '"%s" is not a date (there is no year 0: 1 BCE is "-0001")', $value );
	}
	$month = isset( $m[3] ) ? (int) $m[3] : 1;
	if ( $month < 1 || $month > 12 ) {
		return sprintf( '"%s" is not a date (month %d)', $value, $month );
	}
	if ( isset( $m[4] ) ) {
		// The proleptic Gregorian calendar, as the kit's date-fns: year -44 is astronomical year -43.
		$year = '-' === $m[1] ? 1 - (int) $m[2] : (int) $m[2];
		$leap = ( 0 === $year % 4 && 0 !== $year % 100 ) || 0 === $year % 400;
		$days = array( 31, $leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 );
		$day  = (int) $m[4];
		if ( $day < 1 || $day > $days[ $month - 1 ] ) {
			return sprintf( '"%s" is not a date (month %d has %d days)', $value, $month, $days[ $month - 1 ] );
		}
	}
	return null;
}

/**
 * A date as a sortable number (year, then month and day), for "end is not before date".
 *
 * @param string $value A date that passed storyline_date_problem().
 * @return float
 */
function storyline_date_key( $value ) {
	preg_match( '/^(-?)(\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/', $value, $m );
	$year = ( '-' === $m[1] ? -1 : 1 ) * (int) $m[2];
	return $year * 10000 + ( isset( $m[3] ) ? (int) $m[3] : 0 ) * 100 + ( isset( $m[4] ) ? (int) $m[4] : 0 );
}

/**
 * A value's kind, in the kit's words.
 *
 * @param mixed $value Any JSON value.
 * @return string
 */
function storyline_describe( $value ) {
	if ( null === $value ) {
		return 'null';
	}
	if ( is_array( $value ) ) {
		return array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 ) ? 'a list' : 'an object';
	}
	if ( is_string( $value ) ) {
		return 'a string';
	}
	return is_bool( $value ) ? 'a boolean' : 'a number';
}

/**
 * True for a JSON object decoded as an array (a list is not an object).
 *
 * @param mixed $value A decoded JSON value.
 * @return bool
 */
function storyline_is_object( $value ) {
	return is_array( $value ) && 'an object' === storyline_describe( $value );
}

/**
 * True for a text: a non-empty string, or one per language (`{ "en": "…" }`).
 *
 * @param mixed $value A decoded JSON value.
 * @return bool
 */
function storyline_is_text( $value ) {
	if ( is_string( $value ) ) {
		return '' !== trim( $value );
	}
	if ( ! storyline_is_object( $value ) ) {
		return false;
	}
	foreach ( $value as $text ) {
		if ( ! is_string( $text ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Checks a decoded Storyline (or TimelineJS) JSON story.
 *
 * @param mixed $story The decoded document.
 * @return array<int, array{path: string, message: string}>
 */
function storyline_check_story( $story ) {
	if ( ! storyline_is_object( $story ) ) {
		return array( array( 'path' => '(root)', 'message' => 'must be an object, not ' . storyline_describe( $story ) ) );
	}
	$events = isset( $story['events'] ) ? $story['events'] : null;
	$is_tl  = is_array( $events ) && isset( $events[0] ) && is_array( $events[0] ) && isset( $events[0]['start_date'] );
	return $is_tl ? storyline_check_timelinejs( $events ) : storyline_check_storyline( $story );
}

/**
 * Storyline's own format: the structure the schema requires of every story.
 *
 * @param array $story The decoded story.
 * @return array<int, array{path: string, message: string}>
 */
function storyline_check_storyline( array $story ) {
	$errors = array();
	$error  = static function ( $path, $message ) use ( &$errors ) {
		$errors[] = array(
			'path'    => $path,
			'message' => $message,
		);
	};
	if ( ! isset( $story['title'] ) ) {
		$error( 'title', 'is required' );
	} elseif ( ! storyline_is_text( $story['title'] ) ) {
		$error( 'title', 'must be a text, or one text per language' );
	}
	if ( ! isset( $story['events'] ) ) {
		$error( 'events', 'is required: a story needs a list of events' );
		return $errors;
	}
	if ( 'a list' !== storyline_describe( $story['events'] ) ) {
		$error( 'events', 'must be a list, not ' . storyline_describe( $story['events'] ) );
		return $errors;
	}
	foreach ( $story['events'] as $i => $event ) {
		$at = "events[$i]";
		if ( ! storyline_is_object( $event ) ) {
			$error( $at, 'must be an object, not ' . storyline_describe( $event ) );
			continue;
		}
		if ( ! isset( $event['title'] ) ) {
			$error( "$at.title", 'is required' );
		} elseif ( ! storyline_is_text( $event['title'] ) ) {
			$error( "$at.title", 'must be a text, or one text per language' );
		}
		$date_problem = isset( $event['date'] ) ? storyline_date_problem( $event['date'] ) : 'is required';
		if ( null !== $date_problem ) {
			$error( "$at.date", $date_problem );
		}
		if ( isset( $event['end'] ) ) {
			$end_problem = storyline_date_problem( $event['end'] );
			if ( null !== $end_problem ) {
				$error( "$at.end", $end_problem );
			} elseif ( null === $date_problem && storyline_date_key( $event['end'] ) < storyline_date_key( $event['date'] ) ) {
				$error( "$at.end", sprintf( '"%s" is before the date "%s"', $event['end'], $event['date'] ) );
			}
		}
		$sources = isset( $event['sources'] ) && is_array( $event['sources'] ) ? $event['sources'] : array();
		foreach ( $sources as $j => $source ) {
			if ( is_array( $source ) && isset( $source['url'] ) && null === storyline_safe_src( (string) $source['url'] ) ) {
				$error( "$at.sources[$j].url", 'must be an http(s) or relative address' );
			}
		}
		if ( isset( $event['media']['src'] ) && null === storyline_safe_src( (string) $event['media']['src'] ) ) {
			$error( "$at.media.src", 'must be an http(s) or relative address' );
		}
	}
	return $errors;
}

/**
 * A TimelineJS3 JSON file: each slide needs a start date with a year.
 *
 * @param array $events The file's events.
 * @return array<int, array{path: string, message: string}>
 */
function storyline_check_timelinejs( array $events ) {
	$errors = array();
	foreach ( $events as $i => $event ) {
		$year = isset( $event['start_date']['year'] ) ? $event['start_date']['year'] : null;
		if ( ! is_numeric( $year ) ) {
			$errors[] = array(
				'path'    => "events[$i].start_date.year",
				'message' => 'is required: a number',
			);
		}
	}
	return $errors;
}

/**
 * Checks a CSV story: its header names Storyline's columns (date, title) or TimelineJS's (Year,
 * Headline), and every row parses to as many cells as the header. Paths are `row N` (the line's
 * number, the header being row 1) and the column.
 *
 * @param string $text The file's text.
 * @return array<int, array{path: string, message: string}>
 */
function storyline_check_csv( $text ) {
	$text   = preg_replace( '/^\xEF\xBB\xBF/', '', $text );
	$handle = fopen( 'php://memory', 'r+' );
	fwrite( $handle, $text );
	rewind( $handle );
	$header = fgetcsv( $handle, 0, ',', '"', '' );
	if ( ! is_array( $header ) || array( null ) === $header ) {
		fclose( $handle );
		return array( array( 'path' => '(root)', 'message' => 'is empty: a CSV story needs a header row' ) );
	}
	$columns = array_map( static fn( $name ) => strtolower( trim( (string) $name ) ), $header );
	$own     = in_array( 'date', $columns, true ) && in_array( 'title', $columns, true );
	$sheet   = in_array( 'year', $columns, true ) && in_array( 'headline', $columns, true );
	$errors  = array();
	if ( ! $own && ! $sheet ) {
		$errors[] = array(
			'path'    => 'row 1',
			'message' => 'the header needs the columns "date" and "title" (or TimelineJS\'s "Year" and "Headline")',
		);
	}
	$date_column = array_search( 'date', $columns, true );
	$type_column = array_search( 'type', $columns, true );
	$row         = 1;
	$rows        = 0;
	// phpcs:ignore WordPress.CodeAnalysis.AssignmentInCondition.FoundInWhileCondition
	while ( false !== ( $cells = fgetcsv( $handle, 0, ',', '"', '' ) ) ) {
		++$row;
		if ( array( null ) === $cells ) {
			continue;
		}
		++$rows;
		if ( count( $cells ) !== count( $columns ) ) {
			$errors[] = array(
				'path'    => "row $row",
				'message' => sprintf( 'has %d cells; the header has %d', count( $cells ), count( $columns ) ),
			);
			continue;
		}
		$type = false === $type_column ? '' : strtolower( trim( $cells[ $type_column ] ) );
		if ( $own && false !== $date_column && in_array( $type, array( '', 'event' ), true ) ) {
			$problem = storyline_date_problem( trim( $cells[ $date_column ] ) );
			if ( null !== $problem ) {
				$errors[] = array(
					'path'    => "row $row.date",
					'message' => $problem,
				);
			}
		}
	}
	fclose( $handle );
	if ( 0 === $rows && ! $errors ) {
		$errors[] = array(
			'path'    => '(root)',
			'message' => 'has no rows: a story needs events',
		);
	}
	return $errors;
}

/**
 * Checks a story file by its name: `.json` or `.csv`.
 *
 * @param string $path     Where the file is.
 * @param string $filename Its name as uploaded.
 * @return array<int, array{path: string, message: string}>|null Problems, or null when not a story file.
 */
function storyline_check_file( $path, $filename ) {
	$extension = strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) );
	if ( ! in_array( $extension, array( 'json', 'csv' ), true ) ) {
		return null;
	}
	$text = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	if ( false === $text ) {
		return array( array( 'path' => '(root)', 'message' => 'could not be read' ) );
	}
	if ( 'csv' === $extension ) {
		return storyline_check_csv( $text );
	}
	$story = json_decode( preg_replace( '/^\xEF\xBB\xBF/', '', $text ), true, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array( array( 'path' => '(root)', 'message' => 'is not well-formed JSON: ' . json_last_error_msg() ) );
	}
	// `{}` decodes to the same empty array as `[]`: an empty object is a story with nothing in it.
	return array() === $story && '{' === substr( ltrim( $text ), 0, 1 ) ? storyline_check_storyline( array() ) : storyline_check_story( $story );
}

/**
 * The `file: path: message` lines.
 *
 * @param string $filename The file's name.
 * @param array  $problems Problems from storyline_check_file().
 * @return string[]
 */
function storyline_problem_lines( $filename, array $problems ) {
	return array_map(
		static fn( $problem ) => sprintf( '%s: %s: %s', $filename, $problem['path'], $problem['message'] ),
		$problems
	);
}
