//! Names holding a character that cannot be seen ([`crate::text::invisible`]), in words.

use super::Text;
use super::catalogue::site as cat;
use super::text::Phrase;
use crate::text::Invisible;

/// What the character is, for people.
pub fn describe(what: Invisible) -> Phrase {
    match what {
        Invisible::ZeroWidthSpace => cat::INVISIBLE_ZERO_WIDTH_SPACE,
        Invisible::ZeroWidthNonJoiner => cat::INVISIBLE_ZERO_WIDTH_NON_JOINER,
        Invisible::ZeroWidthJoiner => cat::INVISIBLE_ZERO_WIDTH_JOINER,
        Invisible::WordJoiner => cat::INVISIBLE_WORD_JOINER,
        Invisible::NoBreakSpace => cat::INVISIBLE_NO_BREAK_SPACE,
        Invisible::SoftHyphen => cat::INVISIBLE_SOFT_HYPHEN,
        Invisible::DirectionMark => cat::INVISIBLE_DIRECTION_MARK,
        Invisible::BidiControl => cat::INVISIBLE_BIDI_CONTROL,
    }
}

/// The message and hint for a name holding `what`: `whose` says what the name is ("the unit
/// `p12`").
pub fn in_name(whose: Text, what: Invisible) -> (Text, Text) {
    (
        crate::t!(
            cat::INVISIBLE_IN_NAME,
            whose = whose,
            what = Text::from(describe(what))
        ),
        Text::from(cat::INVISIBLE_IN_NAME_HINT),
    )
}
