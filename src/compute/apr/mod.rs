//! The APR engine: Regulation Z Appendix J, EU/UK APRC, China's IRR-based annualised rate.
