//! Points as written by people: exact decimals with at most two digits after the point
//! (SPEC §3.3, §4), with messages that say how to write them.

use crate::model::Points;
use crate::model::points::PointsError;

use super::report::Clip;

/// Why a written number is not a valid number of points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberError {
    /// Not a number at all.
    NotANumber,
    /// A decimal comma where only a point is allowed (YAML).
    DecimalComma,
    /// More than two digits after the decimal separator.
    TooManyDecimals,
    /// Too large to be points.
    TooLarge,
}

/// Parses points; `decimal_comma` allows `9,5` (a `;`-separated or quoted CSV cell).
pub(crate) fn parse_points(text: &str, decimal_comma: bool) -> Result<Points, NumberError> {
    match Points::parse(text, decimal_comma) {
        Ok(p) => Ok(p),
        Err(PointsError::NotANumber) if !decimal_comma && Points::parse(text, true).is_ok() => {
            Err(NumberError::DecimalComma)
        }
        Err(PointsError::NotANumber) => Err(NumberError::NotANumber),
        Err(PointsError::TooManyDecimals) => Err(NumberError::TooManyDecimals),
        Err(PointsError::TooLarge) => Err(NumberError::TooLarge),
    }
}

impl NumberError {
    /// What is wrong with `text`, one sentence.
    pub fn message(self, text: &str) -> String {
        let shown = Clip(text.trim());
        match self {
            NumberError::NotANumber if text.trim().is_empty() => "a number is missing".to_string(),
            NumberError::NotANumber => format!("`{shown}` is not a number"),
            NumberError::DecimalComma => format!("`{shown}` uses a decimal comma"),
            NumberError::TooManyDecimals => {
                format!("`{shown}` has more than two digits after the decimal point")
            }
            NumberError::TooLarge => format!("`{shown}` is too large"),
        }
    }

    /// What to do, for a number written in a YAML file.
    pub fn yaml_hint(self) -> &'static str {
        match self {
            NumberError::NotANumber => "write a number like 9.5",
            NumberError::DecimalComma => "YAML numbers take a decimal point: write 9.5, not 9,5",
            NumberError::TooManyDecimals => "points have at most two decimals, e.g. 9.25",
            NumberError::TooLarge => "check the number",
        }
    }

    /// What to do, for a number in a CSV cell.
    pub fn csv_hint(self) -> &'static str {
        match self {
            NumberError::NotANumber | NumberError::DecimalComma => {
                "write a number like 9.5 (or 9,5 in a file separated by `;`, or in quotes: \"9,5\")"
            }
            NumberError::TooManyDecimals => "points have at most two decimals, e.g. 9.25",
            NumberError::TooLarge => "check the number",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_points_and_names_the_problem() {
        assert_eq!(parse_points("9.5", false), Ok(Points::from_hundredths(950)));
        assert_eq!(parse_points("9,5", true), Ok(Points::from_hundredths(950)));
        assert_eq!(parse_points("9,5", false), Err(NumberError::DecimalComma));
        assert_eq!(
            parse_points("9.255", false),
            Err(NumberError::TooManyDecimals)
        );
        assert_eq!(parse_points("chín", false), Err(NumberError::NotANumber));
        assert_eq!(
            NumberError::NotANumber.message("chín"),
            "`chín` is not a number"
        );
    }
}
