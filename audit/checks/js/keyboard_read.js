const stops = window.__erStops || [];
if (document.activeElement) document.activeElement.blur();
return stops;
