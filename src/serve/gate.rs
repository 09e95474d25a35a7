//! Admission: a bounded queue in front of a fixed number of analysis slots. A request first
//! takes a place (running or waiting); when none is left it is refused at once with 503, so
//! a burst never piles up unbounded work or memory.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::error::ApiError;

/// The places (`concurrency + queue`) and the analysis slots (`concurrency`).
#[derive(Debug, Clone)]
pub struct Gate {
    places: Arc<Semaphore>,
    slots: Arc<Semaphore>,
}

/// A request's place in the queue; held until its work is done (or abandoned).
#[derive(Debug)]
pub struct Place {
    _permit: OwnedSemaphorePermit,
}

/// A running analysis' slot.
#[derive(Debug)]
pub struct Slot {
    _permit: OwnedSemaphorePermit,
}

impl Gate {
    pub fn new(concurrency: usize, queue: usize) -> Self {
        let concurrency = concurrency.max(1);
        Gate {
            places: Arc::new(Semaphore::new(concurrency + queue)),
            slots: Arc::new(Semaphore::new(concurrency)),
        }
    }

    /// A place in the queue now, or 503.
    pub fn enter(&self) -> Result<Place, ApiError> {
        self.places
            .clone()
            .try_acquire_owned()
            .map(|permit| Place { _permit: permit })
            .map_err(|_| ApiError::busy())
    }

    /// An analysis slot, waiting at most `wait` (then 503).
    pub async fn slot(&self, wait: Duration) -> Result<Slot, ApiError> {
        match tokio::time::timeout(wait, self.slots.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(Slot { _permit: permit }),
            _ => Err(ApiError::busy()),
        }
    }

    /// Whether a new request would be admitted (`/healthz`).
    pub fn has_room(&self) -> bool {
        self.places.available_permits() > 0
    }
}
