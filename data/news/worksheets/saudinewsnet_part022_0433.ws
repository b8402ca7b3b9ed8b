@P1
EVENT | عاصفة الحزم | p1_storm
EVENT | إعادة الأمل | p1_hope

@P2
ORG | هتلان ميديا | p2_hm
EVENT | عاصفة الحزم | p2_storm
EVENT | إعادة الأمل | p2_hope
PER | سليمان الهتلان | p2_hatlan
EVENT | عاصفة الحزم | p2_storm2
SKIP | إعادة الأمل
GPE | اليمن | p2_yemen
ORG | مجلس التعاون الخليجي | p2_gcc
GPE | اليمن | p2_yemen2
NORP | خليجية | p2_gulf
GPE | المملكة العربية السعودية | p2_ksa1
PER | عبدالعزيز آل سعود | p2_abdulaziz
PER | سلمان بن عبدالعزيز | p2_salman
GPE | أبوظبي | p2_abudhabi
GPE | دولة الإمارات العربية المتحدة | p2_uae1
PER | محمد بن زايد آل نهيان | p2_mbz
GPE | البحرين | p2_bahrain
PER | حمد بن عيسى آل خليفة | p2_hamad
GPE | المملكة العربية السعودية | p2_ksa2
PER | محمد بن نايف بن عبد العزيز آل سعود | p2_mbn
GPE | المملكة العربية السعودية | p2_ksa3
NORP | السعودي | p2_saudi
PER | محمد بن سلمان بن عبدالعزيز آل سعود | p2_mbs
GPE | المملكة العربية السعودية | p2_ksa4
PER | سعود الفيصل | p2_saud
GPE | دولة الإمارات العربية المتحدة | p2_uae2
PER | عبدالله بن زايد آل نهيان | p2_abz
GPE | المملكة العربية السعودية | p2_ksa5
PER | عادل الجبير | p2_jubeir
ORG | التحالف العربي | p2_coalition
PER | أحمد عسيري | p2_asiri
REL | ROLE | p2_abdulaziz | p2_ksa1
REL | ROLE | p2_mbz | p2_abudhabi
REL | ROLE | p2_mbz | p2_uae1
REL | ROLE | p2_hamad | p2_bahrain
REL | ROLE | p2_mbn | p2_ksa2
REL | ROLE | p2_mbs | p2_ksa3
REL | ROLE | p2_mbs | p2_saudi
REL | ROLE | p2_saud | p2_ksa4
REL | ROLE | p2_abz | p2_uae2
REL | ROLE | p2_jubeir | p2_ksa5
REL | ROLE | p2_asiri | p2_coalition

@P4
ORG | هتلان ميديا | p4_hm
PER | سليمان الهتلان | p4_hatlan
EVENT | عاصفة الحزم | p4_storm
NORP | العرب | p4_arabs
NORP | العرب | p4_arabs2
REL | ROLE | p4_hatlan | p4_hm

@P5
PER | الهتلان | p5_hatlan
LOC | العالم العربي | p5_arabworld
NORP | العربي | p5_arab
NORP | عربية | p5_arab2
ORG | هتلان ميديا | p5_hm
