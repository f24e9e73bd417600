//! Panic isolation. The framework polls every handler inside the one future that serves the
//! connection, so a panic in a handler would end the server. Each handler body runs under
//! `catch_panic`: a panic answers that request with an internal error (a notification is logged
//! and dropped), and the server goes on. Spawned tasks are isolated by tokio already.

use std::any::Any;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::task::Poll;

use tower_lsp_server::jsonrpc;

/// Runs a request handler; a panic becomes an internal error reply.
pub async fn request<T>(
    method: &'static str,
    handler: impl Future<Output = jsonrpc::Result<T>>,
) -> jsonrpc::Result<T> {
    match catch_panic(handler).await {
        Ok(result) => result,
        Err(message) => {
            tracing::error!("{method} panicked: {message}");
            Err(jsonrpc::Error {
                code: jsonrpc::ErrorCode::InternalError,
                message: format!(
                    "selfheal hit a bug while answering {method} ({message}); the server is still running"
                )
                .into(),
                data: None,
            })
        }
    }
}

/// Runs a notification handler; a panic is logged.
pub async fn notification(method: &'static str, handler: impl Future<Output = ()>) {
    if let Err(message) = catch_panic(handler).await {
        tracing::error!("{method} panicked: {message}");
    }
}

/// Polls `future` and turns a panic inside any poll into `Err(message)`.
pub async fn catch_panic<T>(future: impl Future<Output = T>) -> Result<T, String> {
    let mut future = std::pin::pin!(future);
    std::future::poll_fn(|context| {
        match catch_unwind(AssertUnwindSafe(|| future.as_mut().poll(context))) {
            Ok(Poll::Ready(value)) => Poll::Ready(Ok(value)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(payload) => Poll::Ready(Err(panic_message(payload.as_ref()))),
        }
    })
    .await
}

/// The text of a panic's payload.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    match (
        payload.downcast_ref::<&str>(),
        payload.downcast_ref::<String>(),
    ) {
        (Some(text), _) => text.to_string(),
        (None, Some(text)) => text.clone(),
        (None, None) => "a panic without a message".to_string(),
    }
}
