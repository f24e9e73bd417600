//! The files a fix is planned against: the open documents as the editor has them (unsaved edits
//! included), else the disk. Each file is read once per request, so the text a fix was planned on
//! is the text its edits are converted against.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ropey::Rope;
use tower_lsp_server::ls_types::Uri;

use super::documents::Document;
use crate::fix::{Disk, FileSource};

/// An open document, as far as planning needs it.
#[derive(Debug, Clone)]
pub struct OpenFile {
    pub uri: Uri,
    pub version: i32,
    pub text: Rope,
}

/// Open documents over the disk, read once each.
#[derive(Debug, Default, Clone)]
pub struct WorkspaceFiles {
    open: HashMap<PathBuf, OpenFile>,
    read: RefCell<HashMap<PathBuf, Option<String>>>,
}

impl WorkspaceFiles {
    /// A snapshot of the open documents (ropes are shared, so this copies no text).
    pub fn of_documents<'a>(documents: impl Iterator<Item = &'a Document>) -> Self {
        let open = documents
            .filter_map(|document| {
                let path = document.path.clone()?;
                Some((
                    path,
                    OpenFile {
                        uri: document.uri.clone(),
                        version: document.version,
                        text: document.text.clone(),
                    },
                ))
            })
            .collect();
        WorkspaceFiles {
            open,
            read: RefCell::new(HashMap::new()),
        }
    }

    /// The open document at `path`, if the editor has it open.
    pub fn open_file(&self, path: &Path) -> Option<&OpenFile> {
        self.open.get(path)
    }

    /// The text of `path`: the open document's, else the file's (UTF-8 only).
    pub fn text(&self, path: &Path) -> Option<String> {
        if let Some(known) = self.read.borrow().get(path) {
            return known.clone();
        }
        let text = match self.open.get(path) {
            Some(open) => Some(open.text.to_string()),
            None => Disk.read(path),
        };
        self.read
            .borrow_mut()
            .insert(path.to_path_buf(), text.clone());
        text
    }
}

impl FileSource for WorkspaceFiles {
    fn read(&self, path: &Path) -> Option<String> {
        self.text(path)
    }
}
