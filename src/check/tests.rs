//! Per-rule positives and near-miss negatives in several languages.
