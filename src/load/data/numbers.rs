//! Points as written by people: exact decimals with at most two digits after the point
//! (SPEC §3.3, §4), with messages that say how to write them.

use crate::diag::Text;
use crate::diag::catalogue::data::{
    DATA_CHECK_NUMBER, DATA_CSV_WRITE_NUMBER, DATA_DECIMAL_COMMA, DATA_NOT_A_NUMBER,
    DATA_NUMBER_MISSING, DATA_TOO_LARGE, DATA_TOO_MANY_DECIMALS, DATA_TWO_DECIMALS,
    DATA_WRITE_NUMBER, DATA_YAML_DECIMAL_POINT,
};
use crate::diag::text::Phrase;
use crate::model::Points;
use crate::model::points::PointsError;
use crate::t;

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
    pub fn message(self, text: &str) -> Text {
        let shown = Clip(text.trim());
        match self {
            NumberError::NotANumber if text.trim().is_empty() => t!(DATA_NUMBER_MISSING),
            NumberError::NotANumber => t!(DATA_NOT_A_NUMBER, text = shown),
            NumberError::DecimalComma => t!(DATA_DECIMAL_COMMA, text = shown),
            NumberError::TooManyDecimals => t!(DATA_TOO_MANY_DECIMALS, text = shown),
            NumberError::TooLarge => t!(DATA_TOO_LARGE, text = shown),
        }
    }

    /// What to do, for a number written in a YAML file.
    pub fn yaml_hint(self) -> Phrase {
        match self {
            NumberError::NotANumber => DATA_WRITE_NUMBER,
            NumberError::DecimalComma => DATA_YAML_DECIMAL_POINT,
            NumberError::TooManyDecimals => DATA_TWO_DECIMALS,
            NumberError::TooLarge => DATA_CHECK_NUMBER,
        }
    }

    /// What to do, for a number in a CSV cell.
    pub fn csv_hint(self) -> Phrase {
        match self {
            NumberError::NotANumber | NumberError::DecimalComma => DATA_CSV_WRITE_NUMBER,
            NumberError::TooManyDecimals => DATA_TWO_DECIMALS,
            NumberError::TooLarge => DATA_CHECK_NUMBER,
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
