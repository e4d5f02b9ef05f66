/*
 * Dateline page script (optional): with scripting on, the company links
 * filter the list in place instead of opening companies/NAME.html.  The
 * page is complete without it.  Inlined into index.html by
 * <!--dateline:script-->; delete the placeholder to ship no script.
 */
(function () {
	"use strict";
	var nav = document.querySelector("nav.companies");
	if (!nav || !document.querySelectorAll)
		return;
	var links = nav.querySelectorAll("a[data-slug]");

	function show(slug, current) {
		var items = document.querySelectorAll("li.entry");
		var groups = document.querySelectorAll("section.group");
		var i;
		for (i = 0; i < items.length; i++) {
			var c = " " + (items[i].getAttribute("data-companies") || "") + " ";
			items[i].hidden = slug !== "" && c.indexOf(" " + slug + " ") < 0;
		}
		for (i = 0; i < groups.length; i++)
			groups[i].hidden = groups[i].querySelector("li.entry:not([hidden])") === null;
		for (i = 0; i < links.length; i++) {
			if (links[i] === current)
				links[i].setAttribute("aria-current", "page");
			else
				links[i].removeAttribute("aria-current");
		}
	}
	function onclick(ev) {
		if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button)
			return;
		ev.preventDefault();
		show(this.getAttribute("data-slug"), this);
	}
	for (var i = 0; i < links.length; i++)
		links[i].addEventListener("click", onclick);
})();
