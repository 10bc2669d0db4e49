const main = document.querySelector('main, [role=main]') || document.body;
return {lang: document.documentElement.getAttribute('lang') || '',
        text: __text(main).slice(0, 20000), selector: main === document.body ? 'body' : __sel(main)};
