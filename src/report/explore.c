/* report-explore: the model as JSON and the script that explores it. */
#include "report/explore.h"
#include "i18n/msg.h"
#include "util/strbuf.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <nettle/base64.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

/* The page's only script. It reads the JSON block, builds the view with
 * createElement and textContent, and never parses text as markup. */
static const char script[] =
    "(function(){'use strict';\n"
    "var d=JSON.parse(document.getElementById('x-model').textContent);\n"
    "var NS='http://www.w3.org/2000/svg',ex=document.getElementById('explore');\n"
    "function $(i){return document.getElementById(i);}\n"
    "var sel=$('x-wave'),only=$('x-only'),q=$('x-search'),hits=$('x-hits'),"
    "info=$('x-info'),svg=$('x-svg');\n"
    "var st={wave:d.waves[d.waves.length-1].id,focus:'',only:''};\n"
    "function el(n,a){var e=document.createElementNS(NS,n);for(var k in a)"
    "e.setAttribute(k,a[k]);return e;}\n"
    "function add(p,tag,text){var e=document.createElement(tag);e.textContent=text;"
    "p.appendChild(e);return e;}\n"
    "function opt(p,v,t){var o=add(p,'option',t);o.value=v;}\n"
    "function clear(e){while(e.firstChild)e.removeChild(e.firstChild);}\n"
    "function num(x,k){return x.toFixed(k).replace('.',d.t.dec);}\n"
    "d.waves.forEach(function(w){opt(sel,w.id,w.label?w.id+' ('+w.label+')':w.id);});\n"
    "opt(only,'',d.t.all);d.filters.forEach(function(f){opt(only,f[0],f[1]);});\n"
    "function ent(id){for(var i=0;i<d.entities.length;i++)if(d.entities[i].id===id)"
    "return i;return -1;}\n"
    "function shown(i){if(!st.only)return true;var p=st.only.indexOf(':'),"
    "k=st.only.slice(0,p),v=st.only.slice(p+1),x=d.entities[i];"
    "return k==='kind'?x.kind===v:(k==='muni'?x.munis:x.areas).indexOf(v)>=0;}\n"
    "function wave(){for(var i=0;i<d.waves.length;i++)if(d.waves[i].id===st.wave)"
    "return d.waves[i];return d.waves[d.waves.length-1];}\n"
    "function read(){location.hash.replace(/^#/,'').split('&').forEach(function(p){"
    "var i=p.indexOf('=');if(i<0)return;var k=p.slice(0,i),v;"
    "try{v=decodeURIComponent(p.slice(i+1));}catch(e){return;}"
    "if(k==='wave'&&d.waves.some(function(w){return w.id===v;}))st.wave=v;"
    "if(k==='focus')st.focus=ent(v)>=0?v:'';"
    "if(k==='only')st.only=v;});}\n"
    "function write(){var h='wave='+encodeURIComponent(st.wave);"
    "if(st.focus)h+='&focus='+encodeURIComponent(st.focus);"
    "if(st.only)h+='&only='+encodeURIComponent(st.only);"
    "if(location.hash.slice(1)!==h)history.replaceState(null,'','#'+h);}\n"
    "function draw(){var w=wave(),f=ent(st.focus),near={},at={},max=0;\n"
    "sel.value=st.wave;only.value=st.only;ex.setAttribute('data-wave',st.wave);"
    "ex.setAttribute('data-focus',st.focus);\n"
    "w.nodes.forEach(function(n){at[n[0]]=n;max=Math.max(max,n[2]);});\n"
    "w.ties.forEach(function(t){if(t[0]===f)near[t[1]]=1;if(t[1]===f)near[t[0]]=1;});\n"
    "clear(svg);var r=d.frame;svg.setAttribute('viewBox',r[0]+' '+(-r[3])+' '+"
    "(r[2]-r[0])+' '+(r[3]-r[1]));\n"
    "w.ties.forEach(function(t){if(!shown(t[0])||!shown(t[1]))return;"
    "var a=d.entities[t[0]],b=d.entities[t[1]],on=t[0]===f||t[1]===f;"
    "svg.appendChild(el('line',{x1:a.x,y1:-a.y,x2:b.x,y2:-b.y,'stroke-width':t[2],"
    "'class':'tie'+(on?' on':f>=0?' off':'')}));});\n"
    "w.nodes.forEach(function(n){var i=n[0];if(!shown(i))return;var e=d.entities[i],"
    "s=4+10*Math.sqrt(max>0?n[2]/max:0);var g=el('g',{'class':'node '+e.kind+"
    "(i===f?' focus':near[i]?' near':f>=0?' off':''),transform:'translate('+e.x+','+"
    "(-e.y)+')'});g.appendChild(el('circle',{r:s}));var t=el('text',{y:s+9});"
    "t.textContent=e.name;g.appendChild(t);g.addEventListener('click',function(){"
    "st.focus=e.id;update();});svg.appendChild(g);});\n"
    "clear(info);if(f<0)return;var x=d.entities[f];add(info,'h3',x.name);"
    "add(info,'p',x.kindText);if(!at[f]){add(info,'p',d.t.absent);return;}\n"
    "add(info,'p',d.t.degree+': '+at[f][1]+' \\u00b7 '+d.t.betweenness+': '+"
    "num(at[f][2],3));var ul=add(info,'ul','');Object.keys(near).map(function(k){"
    "return d.entities[k].name;}).sort().forEach(function(nm){add(ul,'li',nm);});}\n"
    "function update(){write();draw();}\n"
    "q.addEventListener('input',function(){clear(hits);var s=q.value.toLowerCase();"
    "if(!s)return;d.entities.filter(function(e){return e.name.toLowerCase()"
    ".indexOf(s)>=0;}).slice(0,8).forEach(function(e){var b=add(hits,'button',e.name);"
    "b.type='button';b.addEventListener('click',function(){st.focus=e.id;clear(hits);"
    "q.value='';update();});});});\n"
    "sel.addEventListener('change',function(){st.wave=sel.value;update();});\n"
    "only.addEventListener('change',function(){st.only=only.value;update();});\n"
    "window.addEventListener('hashchange',function(){read();draw();});\n"
    "ex.hidden=false;read();update();})();\n";

const char *explore_script_hash(void)
{
	static char out[80];
	struct sha256_ctx ctx;
	uint8_t digest[SHA256_DIGEST_SIZE];
	char b64[BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE) + 1];

	if (*out)
		return out;
	sha256_init(&ctx);
	sha256_update(&ctx, sizeof(script) - 1, (const uint8_t *)script);
	sha256_digest(&ctx, sizeof(digest), digest);
	base64_encode_raw(b64, sizeof(digest), digest);
	b64[BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE)] = '\0';
	snprintf(out, sizeof(out), "'sha256-%s'", b64);
	return out;
}

static void add_string_list(cJSON *obj, const char *key, const char *const *items, size_t n)
{
	cJSON *a = cJSON_AddArrayToObject(obj, key);

	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(items[i]));
}

static const char *kind_text(enum lang lang, enum kind k)
{
	static const enum text_id ids[] = {T_KIND_MUNICIPALITY, T_KIND_ORGANISATION, T_KIND_TEAM,
	                                   T_KIND_INFORMAL};
	return tx(lang, ids[k]);
}

/* "kind:team", "muni:NAME", "area:NAME" with the words shown for each,
 * once each. */
static void add_filter(cJSON *filters, const char *prefix, const char *value, const char *shown)
{
	struct strbuf key;
	cJSON *f;

	sb_init(&key);
	sb_addf(&key, "%s:%s", prefix, value);
	cJSON_ArrayForEach(f, filters)
	{
		if (!strcmp(cJSON_GetArrayItem(f, 0)->valuestring, key.buf)) {
			sb_release(&key);
			return;
		}
	}
	f = cJSON_CreateArray();
	cJSON_AddItemToArray(f, cJSON_CreateString(key.buf));
	cJSON_AddItemToArray(f, cJSON_CreateString(shown));
	cJSON_AddItemToArray(filters, f);
	sb_release(&key);
}

static cJSON *model_json(const struct model *m, const struct positions *pos, enum lang lang)
{
	const struct dataset *ds = m->ds;
	cJSON *root = cJSON_CreateObject(), *ents = cJSON_AddArrayToObject(root, "entities");
	cJSON *waves = cJSON_AddArrayToObject(root, "waves");
	cJSON *filters = cJSON_AddArrayToObject(root, "filters");
	cJSON *t = cJSON_AddObjectToObject(root, "t");
	struct strbuf label;

	sb_init(&label);
	for (int k = 0; k < KIND_COUNT; k++) {
		sb_reset(&label);
		sb_addf(&label, "%s: %s", tx(lang, T_X_KIND), kind_text(lang, (enum kind)k));
		add_filter(filters, "kind", kind_name((enum kind)k), label.buf);
	}
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *x = &ds->entities[e];
		cJSON *o = cJSON_CreateObject();
		const char **munis = xcalloc(x->n_municipalities + 1, sizeof(*munis));
		cJSON_AddStringToObject(o, "id", x->id);
		cJSON_AddStringToObject(o, "name", x->name);
		cJSON_AddStringToObject(o, "kind", kind_name(x->kind));
		cJSON_AddStringToObject(o, "kindText", kind_text(lang, x->kind));
		for (size_t i = 0; i < x->n_municipalities; i++) {
			munis[i] = ds->entities[x->municipalities[i]].name;
			sb_reset(&label);
			sb_addf(&label, "%s: %s", tx(lang, T_X_MUNICIPALITY), munis[i]);
			add_filter(filters, "muni", munis[i], label.buf);
		}
		add_string_list(o, "munis", munis, x->n_municipalities);
		add_string_list(o, "areas", (const char *const *)x->areas.items, x->areas.count);
		for (size_t i = 0; i < x->areas.count; i++) {
			sb_reset(&label);
			sb_addf(&label, "%s: %s", tx(lang, T_X_AREA), x->areas.items[i]);
			add_filter(filters, "area", x->areas.items[i], label.buf);
		}
		bool has = e < pos->n && pos->has[e];
		cJSON_AddNumberToObject(o, "x", has ? round(pos->x[e] * 10) / 10 : 0);
		cJSON_AddNumberToObject(o, "y", has ? round(pos->y[e] * 10) / 10 : 0);
		cJSON_AddItemToArray(ents, o);
		free(munis);
	}
	for (size_t w = 0; w < m->n_waves; w++) {
		const struct network *net = &m->nets[w];
		cJSON *o = cJSON_CreateObject(), *nodes, *ties;
		cJSON_AddStringToObject(o, "id", ds->waves[w].id);
		if (ds->waves[w].label)
			cJSON_AddStringToObject(o, "label", ds->waves[w].label);
		nodes = cJSON_AddArrayToObject(o, "nodes");
		ties = cJSON_AddArrayToObject(o, "ties");
		for (igraph_integer_t v = 0; v < net->n; v++) {
			double row[3] = {(double)net->entity[v], (double)m->ms[w].v[v].degree,
			                 round(m->ms[w].v[v].betweenness * 1e4) / 1e4};
			cJSON_AddItemToArray(nodes, cJSON_CreateDoubleArray(row, 3));
		}
		for (igraph_integer_t e = 0; e < net->m; e++) {
			double row[3] = {(double)net->entity[net->ties[e].a],
			                 (double)net->entity[net->ties[e].b], net->ties[e].level};
			cJSON_AddItemToArray(ties, cJSON_CreateDoubleArray(row, 3));
		}
		cJSON_AddItemToArray(waves, o);
	}
	double frame[4] = {pos->frame[0] - 30, pos->frame[1] - 30, pos->frame[2] + 30,
	                   pos->frame[3] + 30};
	cJSON_AddItemToObject(root, "frame", cJSON_CreateDoubleArray(frame, 4));
	cJSON_AddStringToObject(t, "all", tx(lang, T_X_ALL));
	cJSON_AddStringToObject(t, "degree", tx(lang, T_R_DEGREE));
	cJSON_AddStringToObject(t, "betweenness", tx(lang, T_R_BETWEENNESS));
	cJSON_AddStringToObject(t, "absent", tx(lang, T_X_ABSENT));
	char mark[2] = {language(lang)->decimal_mark, '\0'};
	cJSON_AddStringToObject(t, "dec", mark);
	sb_release(&label);
	return root;
}

static void text(FILE *out, const char *s)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_add_xml(&sb, s, 1);
	fputs(sb.buf, out);
	sb_release(&sb);
}

void explore_write(FILE *out, const struct model *m, const struct positions *pos, enum lang lang)
{
	cJSON *json = model_json(m, pos, lang);
	char *s = cJSON_PrintUnformatted(json);

	fputs("<section id=\"explore\" hidden>\n<h2>", out);
	text(out, tx(lang, T_X_TITLE));
	fputs("</h2>\n<p>", out);
	text(out, tx(lang, T_X_HELP));
	fputs("</p>\n<div class=\"x-controls\"><label>", out);
	text(out, tx(lang, T_X_SEARCH));
	fputs(" <input id=\"x-search\" type=\"search\" autocomplete=\"off\"></label> <label>", out);
	text(out, tx(lang, T_R_WAVE));
	fputs(" <select id=\"x-wave\"></select></label> <label>", out);
	text(out, tx(lang, T_X_SHOW));
	fputs(" <select id=\"x-only\"></select></label></div>\n<div id=\"x-hits\"></div>\n"
	      "<div class=\"x-view\"><svg id=\"x-svg\" role=\"img\"></svg><div id=\"x-info\">"
	      "</div></div>\n</section>\n<script type=\"application/json\" id=\"x-model\">",
	      out);
	/* JSON keeps "<" only inside strings, so escaping it there keeps
	 * "</script>" and "<!--" out of the block. */
	for (const char *p = s; *p; p++) {
		if (*p == '<')
			fputs("\\u003c", out);
		else if (*p == '>')
			fputs("\\u003e", out);
		else if (*p == '&')
			fputs("\\u0026", out);
		else
			fputc(*p, out);
	}
	fputs("</script>\n<script>", out);
	fputs(script, out);
	fputs("</script>\n", out);
	free(s);
	cJSON_Delete(json);
}
