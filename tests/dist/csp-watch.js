// Loaded first on the CSP test page: records every securitypolicyviolation the page reports.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
});
