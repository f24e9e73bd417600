pub mod mean;
