#[derive(Debug, Clone)]
pub enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

pub fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => {}
            '0'..='9' => {
                let start = i;
                while i + 1 < chars.len() && chars[i + 1].is_ascii_digit() {
                    i += 1;
                }
                let s: String = chars[start..=i].iter().collect();
                out.push(Token::Num(s.parse().unwrap()));
            }
            '+' | '-' | '*' | '/' => out.push(Token::Op(c)),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            _ => return Err(format!("unexpected {:?} at {}", c, i)),
        }
        i += 1;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_ops() {
        let toks = tokenize("12 + (3*45)").unwrap();
        assert_eq!(
            toks,
            vec![
                Token::Num(12),
                Token::Op('+'),
                Token::LParen,
                Token::Num(3),
                Token::Op('*'),
                Token::Num(45),
                Token::RParen,
            ]
        );
    }

    #[test]
    fn rejects_letters() {
        assert!(tokenize("1 + x").is_err());
    }
}
